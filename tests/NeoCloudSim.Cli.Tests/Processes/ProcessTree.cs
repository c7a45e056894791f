using NeoCloudSim.Scenarios.Reading;

namespace NeoCloudSim.Cli.Tests.Processes;

/// <summary>A working directory for one process test, with the scenarios it runs: <c>small.yaml</c> (a fraction of a
/// second) and <c>default.yaml</c> (the built-in default: about 15 s, long enough to be stopped midway).</summary>
internal sealed class ProcessTree : IDisposable
{
    public ProcessTree()
    {
        Root = Directory.CreateTempSubdirectory("neocloudsim-process-").FullName;
        File.WriteAllText(At("small.yaml"), TestScenarios.Small());
        File.WriteAllText(At("default.yaml"), ScenarioReader.DefaultText());
    }

    public string Root { get; }

    public string At(string relative) => Path.Combine(Root, relative);

    /// <summary>Every entry under <paramref name="relative"/> whose name starts with a dot (staging, claims).</summary>
    public string Hidden(string relative = "results") =>
        Directory.Exists(At(relative)) ? string.Join(", ", Directory.GetFileSystemEntries(At(relative), ".*").Select(Path.GetFileName)) : "";

    /// <summary>The seed a results folder's manifest records.</summary>
    public string SeedOf(string relative)
    {
        string manifest = File.ReadAllText(Path.Combine(At(relative), "manifest.json"));
        var match = System.Text.RegularExpressions.Regex.Match(manifest, "\"seed\": (\\d+)");
        return match.Groups[1].Value;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
