using System.Text.RegularExpressions;

namespace NeoCloudSim.Reports.Charts;

/// <summary>
/// ScottPlot numbers the clip paths of its SVGs with a counter shared by the whole process, so the same chart drawn
/// twice gets different ids. Renumbering them from the chart's own name makes each SVG a function of its data alone
/// (same results, same bytes) and keeps ids unique when several charts share one HTML page.
/// </summary>
internal static partial class SvgText
{
    public static string Of(ScottPlot.Plot plot, string chart)
    {
        string svg = plot.GetSvgXml(ChartStyle.Width, ChartStyle.Height);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipPathId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var renamed))
            {
                ids[m.Value] = renamed = $"{chart}-clip-{ids.Count}";
            }

            return renamed;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipPathId();
}
