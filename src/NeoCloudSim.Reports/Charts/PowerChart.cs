using NeoCloudSim.Outputs.Parquet;
using ScottPlot;

namespace NeoCloudSim.Reports.Charts;

/// <summary>
/// Power per site: MW requested from the grid and on-site feeds (cumulative, facility MW), the shell's IT capacity
/// built, and the feeds energized. The gap between requested and energized is time to power. With more than
/// <see cref="MaxSites"/> sites the lines are fleet totals.
/// </summary>
internal static class PowerChart
{
    public const int MaxSites = 6;

    public static Plot Draw(ResultsView view)
    {
        var buckets = view.Buckets;
        var sites = view.Folder.Table(ResultTables.Sites);
        var buildOut = view.Folder.Table(ResultTables.BuildOut);
        var siteOfRow = sites.Texts("site");
        var siteOfEvent = buildOut.Texts("site");
        var plot = new Plot();
        var ids = siteOfRow.Distinct().ToArray();
        if (ids.Length <= MaxSites)
        {
            for (int s = 0; s < ids.Length; s++)
            {
                string id = ids[s];
                var color = ChartStyle.ColorOf(s);
                ChartStyle.Line(plot, buckets.Starts, buckets.Cumulative(buildOut, "feed_requested", "mw", r => siteOfEvent[r] == id), $"{id} requested", color, 1, MarkerShape.OpenCircle);
                ChartStyle.Line(plot, buckets.Starts, buckets.Sum(sites, "built_mw", r => siteOfRow[r] == id), $"{id} built (IT)", color, 1, MarkerShape.FilledSquare);
                ChartStyle.Line(plot, buckets.Starts, buckets.Sum(sites, "energized_mw", r => siteOfRow[r] == id), $"{id} energized", color, 3);
            }
        }
        else
        {
            ChartStyle.Line(plot, buckets.Starts, buckets.Cumulative(buildOut, "feed_requested", "mw"), "requested (all sites)", ChartStyle.ColorOf(0), 1, MarkerShape.OpenCircle);
            ChartStyle.Line(plot, buckets.Starts, buckets.Sum(sites, "built_mw"), "built IT (all sites)", ChartStyle.ColorOf(1), 1, MarkerShape.FilledSquare);
            ChartStyle.Line(plot, buckets.Starts, buckets.Sum(sites, "energized_mw"), "energized (all sites)", ChartStyle.ColorOf(2), 3);
            ChartStyle.Line(plot, buckets.Starts, buckets.Sum(sites, "drawn_mw"), "drawn (all sites, mean)", ChartStyle.ColorOf(3));
        }

        plot.Axes.DateTimeTicksBottom();
        ChartStyle.Decorate(plot, "Power per site: requested (○), built (■) and energized (thick)", "Date (UTC)", "MW (requested and energized: facility; built: IT)");
        return plot;
    }
}
