using System.Globalization;
using NeoCloudSim.Outputs.Parquet;
using ScottPlot;

namespace NeoCloudSim.Reports.Charts;

/// <summary>
/// Time to power, one row per site and feed: waiting from the request to the grid (or on-site supply) until the feed
/// is energized (orange), then energized (green); the shell's completion (black diamond) and GPU deliveries (purple
/// triangles) on the site's rows. GPUs delivered before their feed turns green are stranded.
/// </summary>
internal static class TimeToPowerChart
{
    private static readonly Color Waiting = Colors.Orange;
    private static readonly Color Energized = Colors.ForestGreen;
    private static readonly Color Gpus = Colors.Purple;

    public static Plot Draw(ResultsView view)
    {
        var events = view.Folder.Table(ResultTables.BuildOut);
        var time = events.Times("time");
        var kind = events.Texts("kind");
        var site = events.Texts("site");
        var feed = events.Numbers("feed");
        var mw = events.Numbers("mw");
        double end = view.Buckets.End.ToOADate();

        // Rows: each (site, feed) in order of request; the site's first row also carries its shell and GPU markers.
        var rows = new List<(string Site, int Feed)>();
        var requested = new Dictionary<(string, int), (DateTime Time, double Mw)>();
        var energized = new Dictionary<(string, int), DateTime>();
        var siteOrder = new Dictionary<string, int>();
        for (int r = 0; r < events.RowCount; r++)
        {
            var key = (site[r], (int)feed[r]);
            if (kind[r] == "feed_requested" && requested.TryAdd(key, (time[r], mw[r])))
            {
                rows.Add(key);
                siteOrder.TryAdd(site[r], siteOrder.Count);
            }
            else if (kind[r] == "feed_energized")
            {
                energized.TryAdd(key, time[r]);
            }
        }

        rows.Sort((a, b) => a.Site == b.Site ? a.Feed.CompareTo(b.Feed) : siteOrder[a.Site].CompareTo(siteOrder[b.Site]));
        var plot = new Plot();
        var bars = new List<Bar>();
        var labels = new string[rows.Count];
        var firstRowOfSite = new Dictionary<string, int>();
        for (int i = 0; i < rows.Count; i++)
        {
            var key = rows[i];
            double y = rows.Count - 1 - i; // first row at the top
            firstRowOfSite.TryAdd(key.Site, i);
            var (asked, feedMw) = requested[key];
            double powered = energized.TryGetValue(key, out var on) ? Math.Min(on.ToOADate(), end) : end;
            bars.Add(Span(y, asked.ToOADate(), powered, Waiting));
            if (powered < end)
            {
                bars.Add(Span(y, powered, end, Energized));
            }

            string months = energized.TryGetValue(key, out var at)
                ? string.Create(CultureInfo.InvariantCulture, $"{(at - asked).TotalDays / 30.44:0.#} months")
                : "not energized by the end";
            labels[i] = string.Create(CultureInfo.InvariantCulture, $"{key.Site} feed {key.Feed} ({feedMw:G3} MW, {months})");
        }

        plot.Add.Bars(bars);
        Markers(plot, events, "shell_built", firstRowOfSite, rows.Count, MarkerShape.FilledDiamond, Colors.Black, "shell built");
        Markers(plot, events, "gpus_delivered", firstRowOfSite, rows.Count, MarkerShape.FilledTriangleUp, Gpus, "GPUs delivered");
        ChartStyle.LegendBox(plot, "waiting for power (requested, not energized)", Waiting);
        ChartStyle.LegendBox(plot, "energized", Energized);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, rows.Count).Select(i => (double)(rows.Count - 1 - i))], labels);
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Margins(left: 0.02, right: 0.02, bottom: 0.1, top: 0.15);
        ChartStyle.Decorate(plot, "Time to power per site and feed", "Date (UTC)", "", Alignment.LowerLeft);
        return plot;
    }

    private static Bar Span(double y, double from, double to, Color color) => new()
    {
        Position = y,
        ValueBase = from,
        Value = to,
        Size = 0.6,
        FillColor = color,
        LineWidth = 0,
        Orientation = Orientation.Horizontal,
    };

    private static void Markers(Plot plot, ResultFrame events, string kind, Dictionary<string, int> firstRowOfSite, int rowCount, MarkerShape shape, Color color, string label)
    {
        var time = events.Times("time");
        var kinds = events.Texts("kind");
        var site = events.Texts("site");
        var xs = new List<double>();
        var ys = new List<double>();
        for (int r = 0; r < events.RowCount; r++)
        {
            if (kinds[r] == kind && firstRowOfSite.TryGetValue(site[r], out int row))
            {
                xs.Add(time[r].ToOADate());
                ys.Add(rowCount - 1 - row + 0.38);
            }
        }

        if (xs.Count == 0)
        {
            return;
        }

        var markers = plot.Add.Markers(xs.ToArray(), ys.ToArray());
        markers.MarkerShape = shape;
        markers.MarkerSize = 12;
        markers.Color = color;
        markers.LegendText = label;
    }
}
