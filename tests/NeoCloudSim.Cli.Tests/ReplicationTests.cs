using NeoCloudSim.Cli.Commands;
using NeoCloudSim.Outputs;
using NeoCloudSim.Scenarios.Reading;
using NeoCloudSim.World;

namespace NeoCloudSim.Cli.Tests;

[Trait("Speed", "Slow")]
public sealed class ReplicationTests
{
    private static RunResults WithSummary(RunSummary summary) => new()
    {
        Summary = summary,
        Sites = [],
        Classes = [],
        Routing = [],
        Money = [],
        Skus = [],
        Latency = [],
        TtftDistribution = [],
        BuildOut = [],
        Requests = [],
        ServiceTotals = [],
        RoutingTotals = [],
    };

    [Fact]
    public async Task Replications_are_bit_identical_whatever_the_number_of_threads()
    {
        var loaded = ScenarioReader.ReadDefault();
        var scenario = loaded.Scenario with { HorizonDays = 1 };
        var oneThread = Replications.Run(scenario, loaded.Catalog, 3, threads: 1);
        var twoThreads = Replications.Run(scenario, loaded.Catalog, 3, threads: 2);
        Assert.Equal(oneThread.Select(r => r.Summary), twoThreads.Select(r => r.Summary));
        Assert.NotEqual(oneThread[0].Summary, oneThread[1].Summary); // different seeds, different runs

        string root = Directory.CreateTempSubdirectory("neocloudsim-reps-").FullName;
        try
        {
            var manifest = new RunManifest { Scenario = "d", ScenarioSource = "s", ScenarioSha256 = "0", Seed = scenario.Seed, ProgramVersion = "test" };
            var toUtc = new Time.ScenarioClock(scenario.Start).ToUtc;
            await ResultsWriter.WriteReplicationsAsync(oneThread, manifest, Path.Combine(root, "one"), toUtc);
            await ResultsWriter.WriteReplicationsAsync(twoThreads, manifest, Path.Combine(root, "two"), toUtc);
            var files = Directory.GetFiles(Path.Combine(root, "one"), "*.parquet", SearchOption.AllDirectories);
            Assert.True(files.Length >= 3 * 8 + 1);
            foreach (string file in files)
            {
                string twin = file.Replace(Path.Combine(root, "one"), Path.Combine(root, "two"), StringComparison.Ordinal);
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(twin));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Welch_p_value_matches_a_hand_computed_case()
    {
        // a = {1,2,3,4}, b = {3,4,5,6}: means 2.5 and 4.5, variances 5/3 each, t = -2 / sqrt(5/6) = -2.19089,
        // df = 6 (equal variances and sizes); two-sided p = 0.0710 (Student t table).
        double p = CompareCommand.WelchPValue([1, 2, 3, 4], [3, 4, 5, 6]);
        Assert.Equal(0.0710, p, 3);
        Assert.Equal(1, CompareCommand.WelchPValue([2, 2], [2, 2]));
    }

    [Fact]
    public void Compare_names_the_better_strategy_by_each_figures_direction()
    {
        var a = new[] { 0.70, 0.71, 0.69 }.Select(u => WithSummary(new RunSummary { Utilization = u, TtftP99Ms = 900, MarginUsd = 10 })).ToArray();
        var b = new[] { 0.50, 0.52, 0.51 }.Select(u => WithSummary(new RunSummary { Utilization = u, TtftP99Ms = 400, MarginUsd = 10 })).ToArray();
        var rows = CompareCommand.Compare(a, b).ToDictionary(r => r.Figure);
        Assert.Equal("A", rows["utilization"].Better);        // higher is better
        Assert.True(rows["utilization"].Significant);
        Assert.Equal("B", rows["ttft_p99_ms"].Better);        // lower is better
        Assert.Equal("tie", rows["margin_usd"].Better);
        Assert.False(rows["margin_usd"].Significant);
    }
}

public sealed class ReplicationFailureTests
{
    [Fact]
    public void A_crashing_replication_fails_the_command_with_the_seed_to_reproduce_it()
    {
        var loaded = ScenarioReader.ReadDefault();
        var broken = loaded.Scenario with
        {
            Seed = 100,
            Demand = [new NeoCloudSim.Demand.DemandStreamSpec { Region = "us-east", Class = "chat", Trace = new NeoCloudSim.Demand.TraceSpec { Path = "/no/such/trace.csv" } }],
        };
        var error = Assert.Throws<ReplicationFailedException>(() => Replications.Run(broken, loaded.Catalog, 2, threads: 1));
        Assert.Contains("--seed 100", error.Message, StringComparison.Ordinal);
        Assert.Contains("Replication 0", error.Message, StringComparison.Ordinal);
    }
}
