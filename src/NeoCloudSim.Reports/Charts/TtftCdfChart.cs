using System.Globalization;
using NeoCloudSim.Outputs.Parquet;
using ScottPlot;

namespace NeoCloudSim.Reports.Charts;

/// <summary>
/// The TTFT distribution of each latency-sensitive class over the whole run, as a CDF on a logarithmic time axis,
/// against the class's SLO (vertical line): where a curve crosses its SLO line is the share of requests within it.
/// </summary>
internal static class TtftCdfChart
{
    public static Plot Draw(ResultsView view)
    {
        var table = view.Folder.Table(ResultTables.TtftDistribution);
        var classOfRow = table.Texts("class");
        var quantiles = table.Numbers("quantile");
        var ttft = table.Numbers("ttft_ms");
        var plot = new Plot();
        var classes = view.LatencyClasses(classOfRow);
        double lowest = double.MaxValue, highest = double.MinValue;
        for (int c = 0; c < classes.Count; c++)
        {
            string id = classes[c];
            var rows = Enumerable.Range(0, table.RowCount).Where(r => classOfRow[r] == id && ttft[r] > 0).ToArray();
            if (rows.Length == 0)
            {
                continue;
            }

            var xs = rows.Select(r => Math.Log10(ttft[r])).ToArray();
            var curve = plot.Add.Scatter(xs, [.. rows.Select(r => quantiles[r] * 100)]);
            curve.LegendText = id;
            curve.Color = ChartStyle.ColorOf(c);
            curve.MarkerSize = 0;
            curve.LineWidth = 2;
            lowest = Math.Min(lowest, xs.Min());
            highest = Math.Max(highest, xs.Max());
            if (view.TtftSloMs(id) is { } slo)
            {
                var line = plot.Add.VerticalLine(Math.Log10(slo));
                line.Color = ChartStyle.ColorOf(c);
                line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{id} SLO {slo:G4} ms");
                lowest = Math.Min(lowest, Math.Log10(slo));
                highest = Math.Max(highest, Math.Log10(slo));
            }
        }

        if (lowest <= highest)
        {
            LogTicks(plot, Math.Floor(lowest), Math.Ceiling(highest));
        }

        ChartStyle.Decorate(plot, "TTFT distribution over the run, all sites, against the SLO", "TTFT (ms, log scale)", "Requests served within (%)", Alignment.LowerRight);
        plot.Axes.SetLimitsY(0, 100);
        return plot;
    }

    /// <summary>Ticks at 1, 2 and 5 × each power of ten between 10^from and 10^to, labelled in ms.</summary>
    private static void LogTicks(Plot plot, double from, double to)
    {
        var positions = new List<double>();
        var labels = new List<string>();
        for (double decade = from; decade <= to; decade++)
        {
            foreach (double m in new[] { 1.0, 2, 5 })
            {
                double value = m * Math.Pow(10, decade);
                positions.Add(Math.Log10(value));
                labels.Add(value.ToString("#,0.###", CultureInfo.InvariantCulture));
            }
        }

        plot.Axes.Bottom.SetTicks([.. positions], [.. labels]);
        plot.Axes.SetLimitsX(from, to);
    }
}
