using NeoCloudSim.Outputs.Parquet;
using ScottPlot;

namespace NeoCloudSim.Reports.Charts;

/// <summary>
/// Two strategies side by side (from compare.parquet): each key figure's mean for A and B with its 95% confidence
/// interval as whiskers. Figures have different units, so each is shown relative to A's mean: A is ±100%, and B at
/// 130% is 30% higher. Whether higher is better depends on the figure; the report's table says which.
/// </summary>
internal static class ComparisonChart
{
    public static Plot Draw(ResultFrame compare)
    {
        var figures = compare.Texts("figure");
        var meanA = compare.Numbers("mean_a");
        var halfA = compare.Numbers("half_width_a");
        var meanB = compare.Numbers("mean_b");
        var halfB = compare.Numbers("half_width_b");
        var (nameA, nameB) = Names(compare);
        var colorA = ChartStyle.ColorOf(0);
        var colorB = ChartStyle.ColorOf(1);
        var bars = new List<Bar>();
        for (int i = 0; i < compare.RowCount; i++)
        {
            double scale = Math.Abs(meanA[i]) > 0 ? Math.Abs(meanA[i]) : Math.Max(Math.Abs(meanB[i]), 1e-300);
            bars.Add(Relative(3 * i, meanA[i], halfA[i], scale, colorA));
            bars.Add(Relative((3 * i) + 1, meanB[i], halfB[i], scale, colorB));
        }

        var plot = new Plot();
        plot.Add.Bars(bars);
        ChartStyle.LegendBox(plot, $"A: {nameA}", colorA);
        ChartStyle.LegendBox(plot, $"B: {nameB}", colorB);
        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, compare.RowCount).Select(i => (3.0 * i) + 0.5)], figures);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 25;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 170;
        ChartStyle.Decorate(plot, "Strategy comparison: mean ± 95% confidence interval, relative to A", "Key figure", "% of |A's mean|", Alignment.UpperRight);
        return plot;
    }

    private static Bar Relative(double position, double mean, double halfWidth, double scale, Color color) => new()
    {
        Position = position,
        Value = mean / scale * 100,
        Error = double.IsFinite(halfWidth) ? halfWidth / scale * 100 : 0,
        FillColor = color,
        Size = 0.9,
        LineWidth = 0,
    };

    /// <summary>The two scenario names, from the file's "A vs B" metadata.</summary>
    private static (string A, string B) Names(ResultFrame compare)
    {
        if (compare.Metadata.TryGetValue("neocloudsim.compare", out var both) && both.Split(" vs ") is [var a, var b])
        {
            return (a, b);
        }

        return ("A", "B");
    }
}
