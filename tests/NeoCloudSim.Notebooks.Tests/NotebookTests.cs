using System.Text.RegularExpressions;
using System.Xml.Linq;
using NeoCloudSim.Outputs;

[assembly: CollectionBehavior(DisableTestParallelization = true)] // the notebooks run with notebooks/ as working folder

namespace NeoCloudSim.Notebooks.Tests;

public sealed partial class NotebookTests
{
    public NotebookTests() => Environment.CurrentDirectory = Notebook.Folder;

    public static TheoryData<string> Notebooks() => [.. Notebook.All];

    [Fact]
    public void There_are_the_three_notebooks()
    {
        Assert.Equal(["01-results-folder.ipynb", "02-sweep.ipynb", "03-azure-trace.ipynb"], Notebook.All);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_code_cell_runs_and_the_charts_it_draws_are_there(string file)
    {
        var (state, globals) = await NotebookRunner.RunAsync(Notebook.Read(file));
        var charts = globals.Displayed.OfType<string>().Where(s => s.EndsWith(".png", StringComparison.Ordinal)).ToList();
        try
        {
            Assert.NotEmpty(globals.Displayed);
            Assert.NotEmpty(charts);
            Assert.All(charts, png => Assert.True(new FileInfo(png).Length > 20_000, $"{png} is missing or blank"));
        }
        finally
        {
            // What the notebooks wrote to the temp folder: a results folder, charts.
            if (state.GetVariable("folder")?.Value is string folder && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            charts.Where(File.Exists).ToList().ForEach(File.Delete);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_reference_names_a_built_file_or_a_pinned_package(string file)
    {
        var pins = XDocument.Load(Path.Combine(Notebook.Folder, "..", "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
        var references = Notebook.Read(file).References.ToList();

        Assert.NotEmpty(references);
        foreach (string reference in references)
        {
            if (NuGetReference().Match(reference) is { Success: true } package)
            {
                Assert.True(pins.TryGetValue(package.Groups["id"].Value, out var pinned), $"{file}: {reference} is not a package the repository pins");
                Assert.Equal(pinned, package.Groups["version"].Value);
            }
            else
            {
                Assert.True(File.Exists(Path.Combine(Notebook.Folder, reference)), $"{file}: {reference} does not exist (dotnet build -c Release first)");
            }
        }
    }

    [Fact]
    public async Task The_results_notebook_computes_the_figures_the_simulator_wrote()
    {
        var (state, _) = await NotebookRunner.RunAsync(Notebook.Read("01-results-folder.ipynb"));
        string folder = (string)state.GetVariable("folder").Value;
        try
        {
            var summary = (await ResultsFolder.ReadAsync(folder)).Table("summary.parquet");
            Assert.Equal(summary.Numbers("utilization")[0], (double)state.GetVariable("utilization").Value, 1e-12);

            var table = (System.Collections.IList)state.GetVariable("latencyTable").Value;
            Assert.Equal(3, table.Count); // chat, voice, batch
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"^nuget:\s*(?<id>[^,\s]+)\s*,\s*(?<version>\S+)$")]
    private static partial Regex NuGetReference();
}
