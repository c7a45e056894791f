using NeoCloudSim.Outputs.Parquet;
using ScottPlot;

namespace NeoCloudSim.Reports.Charts;

/// <summary>Utilization (busy / up GPU-seconds) of each site, per bucket, in percent.</summary>
internal static class UtilizationChart
{
    public static Plot Draw(ResultsView view)
    {
        var buckets = view.Buckets;
        var sites = view.Folder.Table(ResultTables.Sites);
        var siteOfRow = sites.Texts("site");
        var plot = new Plot();
        var ids = siteOfRow.Distinct().ToArray();
        for (int s = 0; s < ids.Length; s++)
        {
            string id = ids[s];
            var busyHours = buckets.Sum(sites, "gpu_hours_busy", r => siteOfRow[r] == id);
            var upHours = buckets.Sum(sites, "gpu_hours_up", r => siteOfRow[r] == id);
            var percent = new double[busyHours.Length];
            for (int i = 0; i < percent.Length; i++)
            {
                percent[i] = upHours[i] > 0 ? busyHours[i] / upHours[i] * 100 : double.NaN; // nothing up: no point
            }

            ChartStyle.Line(plot, buckets.Starts, percent, id, ChartStyle.ColorOf(s));
        }

        plot.Axes.DateTimeTicksBottom();
        ChartStyle.Decorate(plot, "GPU utilization per site (busy / up GPU-seconds)", "Date (UTC)", "Utilization (%)");
        plot.Axes.SetLimitsY(0, 105);
        return plot;
    }
}
