using NeoCloudSim.Metrics;
using NeoCloudSim.Tests;
using NeoCloudSim.World;
using Xunit.Abstractions;
using static NeoCloudSim.Notebooks.Tests.ScriptObjects;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>03-azure-trace.ipynb: it finds the shared trace, replays all of it, and its latency tables are the
/// simulator's figures.</summary>
public sealed class AzureTraceNotebookTests(AzureTraceNotebook notebook, ITestOutputHelper output) : IClassFixture<AzureTraceNotebook>
{
    private const string TraceFile = "azure-llm-2023/AzureLLMInferenceTrace_conv.csv";

    private NotebookRun Run => notebook.Run;

    private RunResults Results => Run.Variable<RunResults>("results");

    [Fact]
    public void Every_code_cell_runs_and_shows_its_charts() => NotebookAssert.RanEveryCellAndShowedItsCharts(Run, output);

    [Fact]
    public void It_reads_the_shared_trace_and_replays_it_looped_over_six_hours()
    {
        Assert.Equal(SharedData.PathOf(TraceFile), Path.GetFullPath(Run.Variable<string>("trace")));
        int recorded = File.ReadLines(SharedData.PathOf(TraceFile)).Count() - 1; // less the header
        Assert.Equal(recorded, Run.Variable<double[]>("perBin").Sum());
        Assert.True(Run.Variable<double>("dispersion") > 1, "the recorded trace is burstier than Poisson");

        // 4x faster, one loop is a quarter of the recorded hour: six hours hold 24 loops and part of a 25th.
        var summary = Results.Summary;
        Assert.Equal(0.25, summary.HorizonDays);
        Assert.Equal("requests", summary.Fidelity);
        Assert.InRange(summary.Arrived, 24L * recorded, 25L * recorded);
    }

    [Fact]
    public void Its_class_table_is_the_simulators_ttft_distribution()
    {
        var table = Items(Run.State.GetVariable("classLatency").Value);
        var row = Assert.Single(table); // the trace feeds chat only
        Assert.Equal("chat", Property<string>(row, "Class"));
        Assert.Equal(1000, Property<double>(row, "SloMs"));
        double Quantile(double q) => Results.TtftDistribution.Single(r => r.Class == "chat" && Math.Abs(r.Quantile - q) < 1e-9).TtftMs;
        Assert.Equal(Quantile(0.5), Property<double>(row, "P50Ms"));
        Assert.Equal(Quantile(0.9), Property<double>(row, "P90Ms"));
        Assert.Equal(Quantile(0.95), Property<double>(row, "P95Ms"));
        Assert.Equal(Quantile(0.99), Property<double>(row, "P99Ms"));
        Assert.Equal(Quantile(0.999), Property<double>(row, "P999Ms"));
        // The run's p99 over interactive requests is chat's (the same sketches, 1% relative accuracy).
        Assert.Equal(Results.Summary.TtftP99Ms, Property<double>(row, "P99Ms"), Results.Summary.TtftP99Ms * 0.02);
    }

    [Fact]
    public void Its_site_table_is_the_single_bucket_of_classes_and_adds_up_to_the_run()
    {
        var table = Items(Run.State.GetVariable("siteLatency").Value);
        var rows = Results.Classes.Where(r => r.Served > 0).ToList();
        Assert.Single(rows.Select(r => r.BucketStart).Distinct()); // six hours: one bucket
        Assert.Equal(rows.Count, table.Count);
        Assert.Equal(Results.Summary.Served, table.Sum(r => Property<long>(r, "Served")));
        foreach (var item in table)
        {
            ClassBucketRow expected = rows.Single(r => r.Class == Property<string>(item, "Class") && r.Site == Property<string>(item, "Site"));
            Assert.Equal(expected.TtftP50Ms, Property<double>(item, "P50Ms"));
            Assert.Equal(expected.TtftP95Ms, Property<double>(item, "P95Ms"));
            Assert.Equal(expected.TtftP99Ms, Property<double>(item, "P99Ms"));
            Assert.Equal(expected.QueueingDelayP99Ms, Property<double>(item, "QueueingP99Ms"));
        }
    }
}

/// <summary>03-azure-trace.ipynb, run once for the tests above.</summary>
public sealed class AzureTraceNotebook() : NotebookFixture("03-azure-trace.ipynb");
