using NeoCloudSim.Metrics;
using NeoCloudSim.Outputs;
using NeoCloudSim.World;
using Xunit.Abstractions;
using static NeoCloudSim.Notebooks.Tests.ScriptObjects;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>01-results-folder.ipynb: it makes a results folder, and what it computes from the Parquet files is what
/// the simulator wrote (read back here with the repository's own reader, not the notebook's code).</summary>
public sealed class ResultsFolderNotebookTests(ResultsFolderNotebook notebook, ITestOutputHelper output) : IClassFixture<ResultsFolderNotebook>
{
    private NotebookRun Run => notebook.Run;

    [Fact]
    public void Every_code_cell_runs_and_shows_its_charts() => NotebookAssert.RanEveryCellAndShowedItsCharts(Run, output);

    [Fact]
    public void It_makes_a_results_folder_in_its_output_folder_when_none_is_given()
    {
        Assert.Null(Run.State.GetVariable("given").Value);
        string folder = Run.Variable<string>("folder");
        Assert.StartsWith(Run.Variable<string>(NotebookRun.OutputVariable), folder, StringComparison.Ordinal);
        foreach (string table in new[] { "summary", "sites", "skus", "classes", "routing", "money", "buildout", "requests" })
        {
            Assert.True(File.Exists(Path.Combine(folder, table + ".parquet")), table + ".parquet is missing");
        }

        Assert.Equal(7, Run.Variable<RunResults>("results").Summary.HorizonDays);
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public async Task Given_a_results_folder_it_reads_that_one_and_runs_nothing()
    {
        string folder = Run.Variable<string>("folder");
        var edited = Run.Notebook.Editing("string given = null;", $"string given = @\"{folder}\";");
        var again = await NotebookRunner.RunAsync(edited);
        try
        {
            Assert.Equal(folder, again.Variable<string>("folder"));
            Assert.Null(again.State.GetVariable("results").Value);
            Assert.Equal(["capacity.png"], Directory.GetFiles(again.Variable<string>(NotebookRun.OutputVariable)).Select(Path.GetFileName));
            Assert.Equal(Run.Variable<double>("utilization"), again.Variable<double>("utilization"));
            Assert.Equal(Run.Variable<double[]>("installed"), again.Variable<double[]>("installed"));
            // Two sessions declare two LatencyRow types: compared as text.
            Assert.Equal(Items(Run.State.GetVariable("latencyTable").Value).Select(r => r.ToString()), Items(again.State.GetVariable("latencyTable").Value).Select(r => r.ToString()));
        }
        finally
        {
            again.DeleteOutput();
        }
    }

    [Fact]
    public async Task Its_latency_table_holds_the_worst_daily_percentiles_of_classes_parquet()
    {
        var classes = await ResultsFolder.ReadTableAsync(Path.Combine(Run.Variable<string>("folder"), "classes.parquet"));
        var served = classes.Numbers("served");
        var expected = Enumerable.Range(0, classes.RowCount)
            .Where(i => served[i] > 0)
            .GroupBy(i => (Class: classes.Texts("class")[i], Site: classes.Texts("site")[i]))
            .ToDictionary(
                g => g.Key,
                g => (Served: g.Sum(i => served[i]), P50: g.Max(i => classes.Numbers("ttft_p50_ms")[i]), P95: g.Max(i => classes.Numbers("ttft_p95_ms")[i]), P99: g.Max(i => classes.Numbers("ttft_p99_ms")[i])));

        var table = Items(Run.State.GetVariable("latencyTable").Value);
        Assert.Equal(expected.Count, table.Count);
        Assert.True(table.Count >= 6, $"{table.Count} class-site rows: expected chat and voice at several sites, and batch");
        foreach (var row in table)
        {
            var key = (Property<string>(row, "Class"), Property<string>(row, "Site"));
            Assert.True(expected.TryGetValue(key, out var figures), $"{key} is not in classes.parquet");
            Assert.Equal(figures.Served, Property<long>(row, "Served"));
            Assert.Equal(figures.P50, Property<double>(row, "WorstDayP50Ms"));
            Assert.Equal(figures.P95, Property<double>(row, "WorstDayP95Ms"));
            Assert.Equal(figures.P99, Property<double>(row, "WorstDayP99Ms"));
            Assert.True(figures.P50 > 0 && figures.P50 <= figures.P95 && figures.P95 <= figures.P99, $"{key}: percentiles out of order");
        }
    }

    [Fact]
    public void Its_capacity_series_are_the_simulators_site_figures_summed_per_day()
    {
        var sites = Run.Variable<RunResults>("results").Sites;
        var days = sites.Select(r => r.BucketStart).Distinct().Order().ToList();
        Assert.Equal(7, days.Count);
        double[] Expected(Func<SiteBucketRow, double> column) => [.. days.Select(d => sites.Where(r => r.BucketStart == d).Sum(column))];

        Assert.Equal(Expected(r => r.GpusDelivered), Run.Variable<double[]>("delivered"));
        Assert.Equal(Expected(r => r.GpusInstalled), Run.Variable<double[]>("installed"));
        Assert.Equal(Expected(r => r.GpusStranded), Run.Variable<double[]>("stranded"));
        Assert.Equal(Expected(r => r.GpusBusy), Run.Variable<double[]>("busy"));
        Assert.Contains(Run.Variable<double[]>("stranded"), s => s > 0); // the campus waits for power all week
    }

    [Fact]
    public void Its_utilization_is_the_summarys()
    {
        var results = Run.Variable<RunResults>("results");
        Assert.Equal(results.Summary.Utilization, Run.Variable<double>("utilization"), 1e-12);
        Assert.Equal(results.Summary.Utilization, Property<double>(Run.State.GetVariable("summary").Value, "Utilization"));
    }
}

/// <summary>01-results-folder.ipynb, run once for the tests above.</summary>
public sealed class ResultsFolderNotebook() : NotebookFixture("01-results-folder.ipynb");
