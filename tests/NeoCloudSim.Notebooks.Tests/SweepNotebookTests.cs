using NeoCloudSim.Outputs;
using Xunit.Abstractions;
using static NeoCloudSim.Notebooks.Tests.ScriptObjects;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>02-sweep.ipynb: it writes one summary per fleet size as <c>neocloudsim sweep</c> lays them out, and plots
/// the figures those files hold.</summary>
public sealed class SweepNotebookTests(SweepNotebook notebook, ITestOutputHelper output) : IClassFixture<SweepNotebook>
{
    private NotebookRun Run => notebook.Run;

    [Fact]
    public void Every_code_cell_runs_and_shows_its_charts() => NotebookAssert.RanEveryCellAndShowedItsCharts(Run, output);

    [Fact]
    public async Task Its_points_are_the_summaries_it_wrote_one_partition_per_fleet_size()
    {
        int[] sizes = Run.Variable<int[]>("fleetSizes");
        var points = Items(Run.State.GetVariable("points").Value);
        Assert.Equal(sizes, points.Select(p => Property<int>(p, "CampusGpus")));
        foreach (var point in points)
        {
            string file = Path.Combine(Run.Variable<string>("sweep"), $"orders_0__gpus={Property<int>(point, "CampusGpus")}", "summary.parquet");
            var summary = await ResultsFolder.ReadTableAsync(file);
            Assert.Equal(1, summary.RowCount);
            Assert.Equal(3, summary.Numbers("horizon_days")[0]);
            Assert.Equal(summary.Numbers("utilization")[0], Property<double>(point, "Utilization"));
            Assert.Equal(summary.Numbers("ttft_p99_ms")[0], Property<double>(point, "TtftP99Ms"));
            Assert.Equal(summary.Numbers("slo_attainment")[0], Property<double>(point, "SloAttainment"));
            Assert.Equal(summary.Numbers("margin_usd")[0], Property<double>(point, "MarginUsd"));
        }
    }

    [Fact]
    public void A_bigger_campus_fleet_is_less_busy_and_no_slower()
    {
        var points = Items(Run.State.GetVariable("points").Value);
        var utilization = points.Select(p => Property<double>(p, "Utilization")).ToList();
        var p99 = points.Select(p => Property<double>(p, "TtftP99Ms")).ToList();
        for (int i = 1; i < points.Count; i++)
        {
            Assert.True(utilization[i] < utilization[i - 1], $"utilization {utilization[i - 1]:P1} then {utilization[i]:P1}: the override did not change the fleet");
            Assert.True(p99[i] <= p99[i - 1] * 1.05, $"TTFT p99 {p99[i - 1]:F0} ms then {p99[i]:F0} ms with more GPUs");
        }
    }
}

/// <summary>02-sweep.ipynb, run once for the tests above.</summary>
public sealed class SweepNotebook() : NotebookFixture("02-sweep.ipynb");
