using NeoCloudSim.Outputs.Parquet;
using ScottPlot;

namespace NeoCloudSim.Reports.Charts;

/// <summary>
/// The capacity picture of a build-out: GPUs ordered, delivered, installed, stranded (delivered but dark for lack of
/// power) and busy, summed over the sites per bucket, against demand in requests per second on the right axis.
/// </summary>
internal static class CapacityChart
{
    public static Plot Draw(ResultsView view)
    {
        var buckets = view.Buckets;
        var sites = view.Folder.Table(ResultTables.Sites);
        var plot = new Plot();
        ChartStyle.Line(plot, buckets.Starts, buckets.Cumulative(view.Folder.Table(ResultTables.BuildOut), "gpus_ordered", "gpus"), "GPUs ordered (cumulative)", ChartStyle.ColorOf(4), 1.5f, MarkerShape.FilledSquare);
        ChartStyle.Line(plot, buckets.Starts, buckets.Sum(sites, "gpus_delivered"), "GPUs delivered", ChartStyle.ColorOf(0));
        ChartStyle.Line(plot, buckets.Starts, buckets.Sum(sites, "gpus_installed"), "GPUs installed (powered)", ChartStyle.ColorOf(2));
        ChartStyle.Line(plot, buckets.Starts, buckets.Sum(sites, "gpus_stranded"), "GPUs stranded (delivered, no power)", ChartStyle.ColorOf(3));
        ChartStyle.Line(plot, buckets.Starts, buckets.Sum(sites, "gpus_busy"), "GPUs busy (mean)", ChartStyle.ColorOf(1));

        var arrived = buckets.Sum(view.Folder.Table(ResultTables.Routing), "arrived");
        var demand = new double[arrived.Length];
        for (int i = 0; i < demand.Length; i++)
        {
            demand[i] = buckets.Hours[i] > 0 ? arrived[i] / (buckets.Hours[i] * 3600) : double.NaN;
        }

        var demandLine = ChartStyle.Line(plot, buckets.Starts, demand, "demand (requests/s, right axis)", Colors.Gray);
        demandLine.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "Demand (requests/s)";
        plot.Axes.DateTimeTicksBottom();
        ChartStyle.Decorate(plot, "Capacity: GPUs by state against demand", "Date (UTC)", "GPUs");
        return plot;
    }
}
