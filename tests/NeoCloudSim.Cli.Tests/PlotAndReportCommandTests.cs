using NeoCloudSim.Cli.Commands;

namespace NeoCloudSim.Cli.Tests;

[Trait("Speed", "Slow")]
public sealed class PlotAndReportCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "neocloudsim-plot-" + Guid.NewGuid().ToString("N"));

    public PlotAndReportCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<string> RunAsync(string name, bool plots = false)
    {
        string scenario = Path.Combine(_root, name + ".yaml");
        await File.WriteAllTextAsync(scenario, TestScenarios.Small());
        string folder = Path.Combine(_root, name);
        Assert.Equal(0, await RunCommand.RunAsync(scenario, folder, seed: null, force: false, quiet: true, TextWriter.Null, TextWriter.Null, plots: plots));
        return folder;
    }

    [Fact]
    public async Task Plot_draws_from_the_folder_the_charts_run_plots_draws_after_the_run()
    {
        string plotted = await RunAsync("later");
        string drawnAtRun = await RunAsync("at-run", plots: true);
        var output = new StringWriter();

        Assert.Equal(0, await PlotCommand.PlotAsync(plotted, output, TextWriter.Null));

        var svgs = Directory.GetFiles(drawnAtRun, "*.svg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(7, svgs.Length);
        Assert.Equal(svgs, Directory.GetFiles(plotted, "*.svg").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (string? svg in svgs)
        {
            // Same seed, same results, same bytes: whether drawn from memory after the run or from the Parquet files.
            Assert.Equal(File.ReadAllText(Path.Combine(drawnAtRun, svg!)), File.ReadAllText(Path.Combine(plotted, svg!)));
        }

        Assert.Contains("14 chart files written", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(plotted)); // no staging folder left behind
    }

    [Fact]
    public async Task Report_writes_one_page_with_the_run_figures_and_charts()
    {
        string folder = await RunAsync("report");

        Assert.Equal(0, await ReportCommand.ReportAsync(folder, TextWriter.Null, TextWriter.Null));

        string html = await File.ReadAllTextAsync(Path.Combine(folder, "report.html"));
        Assert.Contains("data-figure=\"utilization\"", html, StringComparison.Ordinal);
        Assert.Equal(7, System.Text.RegularExpressions.Regex.Count(html, "<figure id=\"chart-"));
        Assert.Contains("The scenario as run", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comparison_gets_its_chart_and_side_by_side_table()
    {
        string a = Path.Combine(_root, "a.yaml");
        string b = Path.Combine(_root, "b.yaml");
        await File.WriteAllTextAsync(a, TestScenarios.Small());
        await File.WriteAllTextAsync(b, TestScenarios.Small().Replace("name: small", "name: small-b", StringComparison.Ordinal));
        string folder = Path.Combine(_root, "compare");
        Assert.Equal(0, await CompareCommand.CompareAsync(a, b, 2, folder, force: false, TextWriter.Null, TextWriter.Null, json: true));

        Assert.Equal(0, await PlotCommand.PlotAsync(folder, TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, await ReportCommand.ReportAsync(folder, TextWriter.Null, TextWriter.Null));

        string chart = await File.ReadAllTextAsync(Path.Combine(folder, "comparison.svg"));
        Assert.Contains("mean ± 95% confidence interval", chart, StringComparison.Ordinal);
        Assert.Contains("utilization", chart, StringComparison.Ordinal);
        string html = await File.ReadAllTextAsync(Path.Combine(folder, "report.html"));
        Assert.Contains("Side by side", html, StringComparison.Ordinal);
        Assert.Contains("<td>stranded_gpu_days</td>", html, StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<svg "));
    }

    [Fact]
    public async Task A_folder_that_is_not_results_is_refused_and_left_untouched()
    {
        string folder = Path.Combine(_root, "not-results");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "mine");
        var errors = new StringWriter();

        Assert.Equal(ExitCodes.InvalidInput, await PlotCommand.PlotAsync(folder, TextWriter.Null, errors));
        Assert.Equal(ExitCodes.InvalidInput, await ReportCommand.ReportAsync(Path.Combine(_root, "missing"), TextWriter.Null, errors));

        Assert.Contains("is not a NeoCloudSim results folder", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("No results folder", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }
}
