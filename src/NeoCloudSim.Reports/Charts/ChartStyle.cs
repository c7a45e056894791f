using ScottPlot;

namespace NeoCloudSim.Reports.Charts;

/// <summary>What every chart shares: its size, its decoration (title, axis labels with units, legend) and its colors.</summary>
internal static class ChartStyle
{
    /// <summary>Width of every chart, in pixels.</summary>
    public const int Width = 1200;

    /// <summary>Height of every chart, in pixels.</summary>
    public const int Height = 700;

    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    /// <summary>The i-th color of the palette, cycling.</summary>
    public static Color ColorOf(int i) => Palette.GetColor(i % Palette.Colors.Length);

    /// <summary>Title, axis labels and a legend in the upper left.</summary>
    public static void Decorate(Plot plot, string title, string xLabel, string yLabel, Alignment legend = Alignment.UpperLeft)
    {
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend(legend);
    }

    /// <summary>
    /// A time series line; points whose value is not a number are left out. Variants of one series are told apart by
    /// width and marker shape, not by dash pattern: ScottPlot's SVG output draws every line solid.
    /// </summary>
    public static ScottPlot.Plottables.Scatter Line(Plot plot, DateTime[] times, double[] values, string label, Color? color = null, float width = 2, MarkerShape marker = MarkerShape.None)
    {
        var xs = new List<double>(times.Length);
        var ys = new List<double>(times.Length);
        for (int i = 0; i < times.Length; i++)
        {
            if (double.IsFinite(values[i]))
            {
                xs.Add(times[i].ToOADate());
                ys.Add(values[i]);
            }
        }

        var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
        line.LegendText = label;
        line.LineWidth = width;
        line.MarkerShape = marker;
        line.MarkerSize = marker == MarkerShape.None ? 0 : 6;
        if (color is { } c)
        {
            line.Color = c;
        }

        return line;
    }

    /// <summary>A filled box in the legend, for plottables (bars) that have no legend entry of their own.</summary>
    public static void LegendBox(Plot plot, string label, Color color) =>
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
}
