using ScottPlot;

namespace NeoCloudSim.Reports.Charts;

/// <summary>
/// The planner's charts of a results folder, drawn with ScottPlot at 1200x700 with a title, axis labels with units and
/// a legend: for a run, capacity, power, utilization, latency over time, the TTFT distribution against the SLO, money
/// and time to power; for a comparison, the two strategies with confidence-interval whiskers.
/// </summary>
public static class RunCharts
{
    /// <summary>Width of every chart, in pixels.</summary>
    public const int Width = ChartStyle.Width;

    /// <summary>Height of every chart, in pixels.</summary>
    public const int Height = ChartStyle.Height;

    /// <summary>Every chart the folder's tables allow, by file name (without extension), in reading order.</summary>
    public static IReadOnlyList<(string Name, Plot Plot)> Draw(ResultsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var charts = new List<(string, Plot)>();
        if (view.IsRun)
        {
            charts.Add(("capacity", CapacityChart.Draw(view)));
            charts.Add(("power", PowerChart.Draw(view)));
            charts.Add(("time-to-power", TimeToPowerChart.Draw(view)));
            charts.Add(("utilization", UtilizationChart.Draw(view)));
            charts.Add(("latency", LatencyChart.Draw(view)));
            charts.Add(("ttft-cdf", TtftCdfChart.Draw(view)));
            charts.Add(("money", MoneyChart.Draw(view)));
        }

        if (view.Folder.Has(ComparisonTable))
        {
            charts.Add(("comparison", ComparisonChart.Draw(view.Folder.Table(ComparisonTable))));
        }

        return charts;
    }

    /// <summary>The comparison's file in a folder written by <c>neocloudsim compare</c>.</summary>
    public const string ComparisonTable = "compare.parquet";

    /// <summary>The chart as SVG text, the same bytes for the same results.</summary>
    public static string Svg(Plot plot, string name) => SvgText.Of(plot, name);

    /// <summary>Writes every chart into <paramref name="folder"/> as .png and .svg.</summary>
    /// <returns>The file names written.</returns>
    public static IReadOnlyList<string> Write(ResultsView view, string folder)
    {
        var written = new List<string>();
        foreach (var (name, plot) in Draw(view))
        {
            plot.SavePng(Path.Combine(folder, name + ".png"), Width, Height);
            File.WriteAllText(Path.Combine(folder, name + ".svg"), Svg(plot, name));
            written.Add(name + ".png");
            written.Add(name + ".svg");
        }

        return written;
    }
}
