using NeoCloudSim.Scenarios.Reading;
using NeoCloudSim.World;

namespace NeoCloudSim.Outputs.Tests;

/// <summary>The default scenario cut to a few days, run once, its results written to a temporary folder.</summary>
public sealed class ResultsFolderFixture : IDisposable
{
    public ResultsFolderFixture()
    {
        var loaded = ScenarioReader.ReadDefault();
        Scenario = loaded.Scenario with { HorizonDays = 4, RequestSampleShare = 0.05 };
        var world = new NeocloudWorld(Scenario, loaded.Catalog);
        Results = world.Run();
        Root = Path.Combine(Path.GetTempPath(), "neocloudsim-tests-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "run");
        var manifest = new RunManifest { Scenario = Scenario.Name, ScenarioSource = loaded.Source, ScenarioSha256 = loaded.Sha256, Seed = Scenario.Seed, ProgramVersion = "test" };
        ResultsWriter.WriteAsync(Results, manifest, Folder, world.Clock.ToUtc).GetAwaiter().GetResult();
    }

    public Scenario Scenario { get; }

    public RunResults Results { get; }

    public string Root { get; }

    public string Folder { get; }

    public string File(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
