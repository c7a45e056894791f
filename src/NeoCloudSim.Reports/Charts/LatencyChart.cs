using NeoCloudSim.Outputs.Parquet;
using ScottPlot;

namespace NeoCloudSim.Reports.Charts;

/// <summary>
/// Time to first token of the latency-sensitive classes over time, fleet-wide: p50 (thick), p95 (triangles) and p99
/// (squares) per bucket, one color per class, with each class's TTFT SLO as a horizontal line when the scenario is known.
/// </summary>
internal static class LatencyChart
{
    public static Plot Draw(ResultsView view)
    {
        var latency = view.Folder.Table(ResultTables.Latency);
        var classOfRow = latency.Texts("class");
        var starts = latency.Times("bucket_start");
        var served = latency.Numbers("served");
        var plot = new Plot();
        var classes = view.LatencyClasses(classOfRow);
        for (int c = 0; c < classes.Count; c++)
        {
            string id = classes[c];
            var rows = Enumerable.Range(0, latency.RowCount).Where(r => classOfRow[r] == id && served[r] > 0).ToArray();
            var times = rows.Select(r => starts[r]).ToArray();
            var color = ChartStyle.ColorOf(c);
            foreach (var (column, label, width, marker) in new[] { ("ttft_p50_ms", "p50", 3f, MarkerShape.None), ("ttft_p95_ms", "p95", 1.5f, MarkerShape.FilledTriangleUp), ("ttft_p99_ms", "p99", 1.5f, MarkerShape.FilledSquare) })
            {
                var values = latency.Numbers(column);
                ChartStyle.Line(plot, times, [.. rows.Select(r => values[r])], $"{id} {label}", color, width, marker);
            }

            if (view.TtftSloMs(id) is { } slo)
            {
                var line = plot.Add.HorizontalLine(slo);
                line.Color = color.WithAlpha(0.5);
                line.LineWidth = 1;
                line.LegendText = $"{id} SLO ({slo:G4} ms)";
            }
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedBottom(plot.Axes.Left, 0));
        ChartStyle.Decorate(plot, "Time to first token over time, all sites (p50 thick, p95 ▲, p99 ■)", "Date (UTC)", "TTFT (ms)");
        return plot;
    }
}
