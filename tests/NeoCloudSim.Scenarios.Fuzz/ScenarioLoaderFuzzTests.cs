using Xunit.Abstractions;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>
/// The bounded fuzz run CI makes (NEOCLOUDSIM_FUZZ_SECONDS, 60 by default; NEOCLOUDSIM_FUZZ_SEED, 1 by default): it
/// fails on any finding, naming each class and the files that reproduce it. Filter with <c>Category=Fuzz</c>.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class ScenarioLoaderFuzzTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Fuzz")]
    public void Mutated_scenarios_are_read_or_refused_and_accepted_ones_run()
    {
        var settings = FuzzSettings.FromEnvironment();
        var report = FuzzCampaign.Run(settings, output.WriteLine);
        output.WriteLine(report.Summary());
        Console.WriteLine(report.Summary());
        Assert.True(report.Inputs > 0, "the campaign ran no input");
        Assert.True(report.Findings.Count == 0, $"{report.Summary()}{Environment.NewLine}{report.Details()}Replay one with: dotnet run -c Release --project tests/NeoCloudSim.Scenarios.Fuzz -- --replay FILE");
    }

    [Fact]
    public void A_case_makes_the_same_input_every_time()
    {
        var seeds = SeedCorpus.Load();
        var cases = Mutators.Cases(seeds);
        var first = new CsCheck.PCG(1, 42);
        var second = new CsCheck.PCG(1, 42);
        for (int i = 0; i < 50; i++)
        {
            var a = Mutators.Make(Mutators.Draw(cases, first), seeds);
            var b = Mutators.Make(Mutators.Draw(cases, second), seeds);
            Assert.Equal(a.Bytes, b.Bytes);
            Assert.Equal(a.Overrides, b.Overrides);
        }
    }

    [Fact]
    public void Every_seed_file_is_read_or_refused()
    {
        var probe = new ScenarioProbe(new FuzzSettings { WorldMilliseconds = 50 });
        foreach (var seed in SeedCorpus.Load())
        {
            var outcome = probe.Check(new FuzzInput { Bytes = seed.Bytes, Folder = seed.Folder, SeedPath = seed.Path });
            Assert.True(outcome.Verdict != Verdict.Finding, $"{seed.Path}: {outcome.Class}: {outcome.Message}");
        }
    }
}
