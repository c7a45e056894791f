using NeoCloudSim.Metrics;
using NeoCloudSim.Scenarios.Reading;
using NeoCloudSim.World;

namespace NeoCloudSim.Cli.Tests;

/// <summary>
/// Every scenario in scenarios/ is also a test: each question of MODEL.md is run (with a shorter horizon where the
/// answer shows early) and its answer must point the expected way.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class ScenarioLibraryTests
{
    private static string Library(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "scenarios", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(file);
    }

    private static RunResults Run(string file, double horizonDays)
    {
        var loaded = ScenarioReader.ReadFile(Library(file));
        return new NeocloudWorld(loaded.Scenario with { HorizonDays = horizonDays }, loaded.Catalog).Run();
    }

    [Fact]
    public void Every_library_scenario_reads_and_states_its_question()
    {
        var files = Directory.GetFiles(Path.GetDirectoryName(Library("default.yaml"))!, "*.yaml");
        Assert.True(files.Length >= 12);
        foreach (string file in files)
        {
            ScenarioReader.ReadFile(file);
            var comments = File.ReadLines(file).Where(l => l.StartsWith('#')).ToList();
            Assert.True(comments.Count >= 2 && comments.Any(l => l.Contains("Look at", StringComparison.Ordinal)), $"{file} must open with its question and what to look at");
        }
    }

    [Fact]
    public void Q1_edge_sites_give_faster_first_tokens_than_one_distant_campus()
    {
        var campus = Run("q1-one-campus.yaml", 10).Summary;
        var edge = Run("q1-edge-sites.yaml", 10).Summary;
        Assert.True(edge.TtftP50Ms < campus.TtftP50Ms, $"edge {edge.TtftP50Ms} ms, campus {campus.TtftP50Ms} ms");
    }

    [Fact]
    public void Q2_late_power_strands_more_gpus_than_on_time_power()
    {
        var onTime = Run("q2-power-on-time.yaml", 25).Summary;
        var late = Run("q2-power-18-months-late.yaml", 25).Summary;
        // 64 GPUs delivered on day 13: stranded until day 14 on time, to the horizon (day 25) when late.
        Assert.True(late.StrandedGpuDays > onTime.StrandedGpuDays + 500, $"late {late.StrandedGpuDays}, on time {onTime.StrandedGpuDays}");
    }

    [Fact]
    public void Q3_a_price_above_the_reference_shrinks_demand_and_contracts_are_billed_or_short()
    {
        var perToken = Run("q3-per-token.yaml", 5).Summary;
        var gpuHour = Run("q3-gpu-hour.yaml", 5).Summary;
        Assert.True(perToken.Arrived < gpuHour.Arrived, $"per-token {perToken.Arrived}, GPU-hour {gpuHour.Arrived}");

        // 32 GPUs reserved from February 1 (day 31): by day 33 the contract wanted 32 × 48 GPU-hours, provided or short.
        var mix = Run("q3-reserved-mix.yaml", 33);
        double wanted = mix.Sites.Sum(s => s.ReservedGpuHours + s.ReservedShortfallGpuHours);
        Assert.Equal(32 * 48, wanted, 1e-6);
    }

    [Fact]
    public void Q4_the_utilization_trigger_orders_gpus_and_the_fixed_fleet_does_not()
    {
        static int LaterOrders(RunResults r) => r.BuildOut.Count(e => e.Kind == BuildOutEventKind.GpusOrdered && e.TimeSeconds > 0);
        Assert.Equal(0, LaterOrders(Run("q4-fixed-fleet.yaml", 20)));
        Assert.True(LaterOrders(Run("q4-utilization-trigger.yaml", 20)) > 0);
    }

    [Fact]
    public void Q5_bursting_rejects_fewer_requests_at_a_cost()
    {
        var reject = Run("q5-reject.yaml", 5);
        var burst = Run("q5-burst.yaml", 5);
        Assert.True(reject.Summary.Rejected > 0);
        Assert.True(burst.Summary.Rejected < reject.Summary.Rejected);
        Assert.True(burst.Money.Sum(m => m.BurstUsd) > 0);
        Assert.Equal(0, reject.Money.Sum(m => m.BurstUsd));
    }

    [Fact]
    public void Q6_the_azure_trace_is_replayed_scaled_on_the_fleet()
    {
        // The file names the trace as ../../shared/data/..., right when shared/ sits beside the repository (as in
        // CI); in any other layout the test finds the same file where the other tests do.
        var loaded = ScenarioReader.ReadFile(Library("q6-azure-trace.yaml"));
        var scenario = loaded.Scenario;
        if (scenario.Demand[0].Trace is { } trace && !File.Exists(trace.Path))
        {
            scenario = scenario with { Demand = [scenario.Demand[0] with { Trace = trace with { Path = NeoCloudSim.Tests.SharedData.PathOf("azure-llm-2023/AzureLLMInferenceTrace_conv.csv") } }] };
        }

        var results = new NeocloudWorld(scenario, loaded.Catalog).Run();
        // 4x faster, looped for a day: about 86,400 / (3,502 / 4) = 98 loops of 19,366 requests.
        Assert.InRange(results.Summary.Arrived, 95 * 19_366, 100 * 19_366);
        Assert.True(results.Summary.Served > 0.9 * results.Summary.Arrived);
    }
}
