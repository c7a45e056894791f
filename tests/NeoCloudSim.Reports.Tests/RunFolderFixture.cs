using NeoCloudSim.Outputs;
using NeoCloudSim.Scenarios.Reading;
using NeoCloudSim.World;

namespace NeoCloudSim.Reports.Tests;

/// <summary>
/// The default scenario cut to ten days, run once and written as a results folder with its scenario.yaml, as
/// <c>neocloudsim run</c> writes it; also kept in memory, to compare what is drawn from either.
/// </summary>
public sealed class RunFolderFixture : IDisposable
{
    public RunFolderFixture()
    {
        var loaded = ScenarioReader.ReadDefault();
        Scenario = loaded.Scenario with { HorizonDays = 10 };
        var world = new NeocloudWorld(Scenario, loaded.Catalog);
        Results = world.Run();
        ToUtc = world.Clock.ToUtc;
        ScenarioYaml = ScenarioWriter.ToYaml(Scenario, loaded.Source);
        Root = Path.Combine(Path.GetTempPath(), "neocloudsim-reports-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "run");
        var manifest = new RunManifest { Scenario = Scenario.Name, ScenarioSource = loaded.Source, ScenarioSha256 = loaded.Sha256, Seed = Scenario.Seed, ProgramVersion = "test" };
        ResultsWriter.WriteAsync(Results, manifest, Folder, ToUtc, extras: dir => File.WriteAllText(Path.Combine(dir, "scenario.yaml"), ScenarioYaml)).GetAwaiter().GetResult();
    }

    public Scenario Scenario { get; }

    public RunResults Results { get; }

    public Func<double, DateTime> ToUtc { get; }

    public string ScenarioYaml { get; }

    public string Root { get; }

    public string Folder { get; }

    /// <summary>A fresh, empty folder under the fixture's root.</summary>
    public string NewFolder(string name)
    {
        string folder = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
