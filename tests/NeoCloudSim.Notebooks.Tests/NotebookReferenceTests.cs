using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>
/// The notebooks' <c>#r</c> lines cannot rot: each names a file of the Release build that exists or a package at
/// the version the repository pins, and they load what the test gives the script session in their place.
/// </summary>
public sealed partial class NotebookReferenceTests
{
    public static TheoryData<string> Notebooks() => [.. NotebookFile.All];

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_reference_names_a_built_file_or_a_package_the_repository_pins(string file)
    {
        var pins = XDocument.Load(RepositoryFolders.PackagePins)
            .Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
        var references = NotebookFile.Read(file).References.ToList();
        Assert.NotEmpty(references);
        foreach (string reference in references)
        {
            if (NuGetReference().Match(reference) is { Success: true } package)
            {
                string id = package.Groups["id"].Value;
                Assert.True(pins.TryGetValue(id, out string? pinned), $"{file}: {reference}: the repository pins no {id}");
                Assert.Equal(pinned, package.Groups["version"].Value);
            }
            else
            {
                Assert.False(Path.IsPathRooted(reference), $"{file}: {reference} is absolute; the notebooks' references are relative to notebooks/");
                Assert.True(File.Exists(Path.Combine(RepositoryFolders.Notebooks, reference)), $"{file}: {reference} does not exist (dotnet build -c Release first)");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void It_loads_what_the_test_runs_it_with(string file)
    {
        var references = NotebookFile.Read(file).References.ToList();
        var loaded = references
            .Select(r => NuGetReference().Match(r) is { Success: true } package ? package.Groups["id"].Value : Path.GetFileNameWithoutExtension(r))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var assembly in NotebookRunner.References.Where(a => !a.GetName().Name!.StartsWith("System.", StringComparison.Ordinal)))
        {
            string name = assembly.GetName().Name!;
            string expected = name == "Parquet" ? "Parquet.Net" : name; // the package's id is not its assembly's name
            Assert.True(loaded.Contains(expected), $"{file} has no #r for {expected}, which the test gives its cells");
        }
    }

    [GeneratedRegex(@"^nuget:\s*(?<id>[^,\s]+)\s*,\s*(?<version>\S+)$")]
    private static partial Regex NuGetReference();
}
