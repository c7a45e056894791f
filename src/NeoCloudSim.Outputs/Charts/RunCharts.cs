using NeoCloudSim.World;
using ScottPlot;

namespace NeoCloudSim.Outputs.Charts;

/// <summary>
/// The planner's charts of a run, drawn from its results with ScottPlot as PNG and SVG at 1200x700: the capacity
/// picture (GPUs delivered, installed, stranded and busy against demand), power (built, energized, usable and drawn
/// MW) and utilization per site. Each has a title, axis labels with units and a legend.
/// </summary>
public static class RunCharts
{
    /// <summary>Width of every chart, in pixels.</summary>
    public const int Width = 1200;

    /// <summary>Height of every chart, in pixels.</summary>
    public const int Height = 700;

    /// <summary>Writes every chart into <paramref name="folder"/> (capacity, power, utilization; .png and .svg).</summary>
    /// <returns>The file names written.</returns>
    public static IReadOnlyList<string> Write(RunResults results, string folder)
    {
        ArgumentNullException.ThrowIfNull(results);
        var written = new List<string>();
        Save(Capacity(results), folder, "capacity", written);
        Save(Power(results), folder, "power", written);
        Save(Utilization(results), folder, "utilization", written);
        return written;
    }

    /// <summary>Fleet GPUs by state against demand (requests per second, right axis), per bucket.</summary>
    public static Plot Capacity(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var buckets = Buckets(results);
        var plot = new Plot();
        Line(plot, buckets, Sum(results, buckets, r => r.GpusDelivered), "GPUs delivered");
        Line(plot, buckets, Sum(results, buckets, r => r.GpusInstalled), "GPUs installed");
        Line(plot, buckets, Sum(results, buckets, r => r.GpusStranded), "GPUs stranded (delivered, no power)");
        Line(plot, buckets, Sum(results, buckets, r => r.GpusBusy), "GPUs busy (mean)");
        // Requests per second: the region-and-class arrivals of each bucket over its length.
        var index = Index(buckets);
        var arrived = new double[buckets.Length];
        foreach (var row in results.Routing)
        {
            arrived[index[row.BucketStart]] += row.Arrived;
        }

        var hours = new double[buckets.Length];
        foreach (var row in results.Sites)
        {
            hours[index[row.BucketStart]] = row.BucketHours;
        }

        var demand = new double[buckets.Length];
        for (int i = 0; i < buckets.Length; i++)
        {
            demand[i] = hours[i] > 0 ? arrived[i] / (hours[i] * 3600) : 0;
        }

        var demandLine = plot.Add.Scatter(Dates(buckets), demand);
        demandLine.LegendText = "demand (requests/s, right axis)";
        demandLine.Axes.YAxis = plot.Axes.Right;
        demandLine.MarkerSize = 0;
        demandLine.Color = Colors.Gray;
        plot.Axes.Right.Label.Text = "Demand (requests/s)";
        Decorate(plot, "Capacity: GPUs by state against demand", "GPUs");
        return plot;
    }

    /// <summary>Fleet power: shell built, feeds energized, usable IT and drawn facility MW, per bucket.</summary>
    public static Plot Power(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var buckets = Buckets(results);
        var plot = new Plot();
        Line(plot, buckets, Sum(results, buckets, r => r.BuiltMw), "shell built (IT MW)");
        Line(plot, buckets, Sum(results, buckets, r => r.EnergizedMw), "feeds energized (facility MW)");
        Line(plot, buckets, Sum(results, buckets, r => r.UsableItMw), "usable IT power (MW)");
        Line(plot, buckets, Sum(results, buckets, r => r.DrawnMw), "drawn (facility MW, mean)");
        Decorate(plot, "Power: built, energized, usable and drawn", "MW");
        return plot;
    }

    /// <summary>Utilization (busy / up GPU-seconds) per site, per bucket.</summary>
    public static Plot Utilization(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var buckets = Buckets(results);
        var plot = new Plot();
        var index = Index(buckets);
        var bySite = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in results.Sites)
        {
            if (!bySite.TryGetValue(row.Site, out var values))
            {
                bySite[row.Site] = values = new double[buckets.Length];
                order.Add(row.Site);
            }

            values[index[row.BucketStart]] = row.Utilization * 100;
        }

        foreach (string site in order)
        {
            Line(plot, buckets, bySite[site], site);
        }

        Decorate(plot, "GPU utilization per site (busy / up GPU-seconds)", "Utilization (%)");
        plot.Axes.SetLimitsY(0, 100);
        return plot;
    }

    private static DateTime[] Buckets(RunResults results) =>
        [.. results.Sites.Select(r => r.BucketStart).Distinct().Order()];

    private static Dictionary<DateTime, int> Index(DateTime[] buckets)
    {
        var index = new Dictionary<DateTime, int>(buckets.Length);
        for (int i = 0; i < buckets.Length; i++)
        {
            index[buckets[i]] = i;
        }

        return index;
    }

    /// <summary>A site figure summed over the sites, per bucket, in one pass over the rows.</summary>
    private static double[] Sum(RunResults results, DateTime[] buckets, Func<Metrics.SiteBucketRow, double> value)
    {
        var index = Index(buckets);
        var sums = new double[buckets.Length];
        foreach (var row in results.Sites)
        {
            sums[index[row.BucketStart]] += value(row);
        }

        return sums;
    }

    private static double[] Dates(DateTime[] buckets) => [.. buckets.Select(b => b.ToOADate())];

    private static void Line(Plot plot, DateTime[] buckets, double[] values, string label)
    {
        var line = plot.Add.Scatter(Dates(buckets), values);
        line.LegendText = label;
        line.MarkerSize = 0;
        line.LineWidth = 2;
    }

    private static void Decorate(Plot plot, string title, string yLabel)
    {
        plot.Axes.DateTimeTicksBottom();
        plot.Title(title);
        plot.XLabel("Date (UTC)");
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.UpperLeft);
    }

    private static void Save(Plot plot, string folder, string name, List<string> written)
    {
        plot.SavePng(Path.Combine(folder, name + ".png"), Width, Height);
        plot.SaveSvg(Path.Combine(folder, name + ".svg"), Width, Height);
        written.Add(name + ".png");
        written.Add(name + ".svg");
    }
}
