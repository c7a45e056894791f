using System.Globalization;
using System.Text.RegularExpressions;
using NeoCloudSim.Outputs.Parquet;
using NeoCloudSim.Reports.Charts;

namespace NeoCloudSim.Reports.Html;

/// <summary>
/// One self-contained HTML page for a results folder, to read at a glance or send: the key figures, the scenario's
/// assumptions, every chart as inline SVG with what it shows, and for a comparison the side-by-side table. It loads
/// nothing from the network: no scripts, fonts or images outside the file.
/// </summary>
public static partial class HtmlReport
{
    /// <summary>The report's file name in a results folder.</summary>
    public const string FileName = "report.html";

    /// <summary>The key figures of a run, by summary column: label, unit and how to show the value.</summary>
    internal static IReadOnlyList<(string Column, string Label, Func<double, string> Show)> KeyFigures { get; } =
    [
        ("utilization", "GPU utilization", v => Percent(v)),
        ("stranded_gpu_days", "Stranded GPU-days", v => Number(v, "N0")),
        ("ttft_p50_ms", "TTFT p50, interactive", v => Number(v, "N0") + " ms"),
        ("ttft_p99_ms", "TTFT p99, interactive", v => Number(v, "N0") + " ms"),
        ("slo_attainment", "SLO attainment", v => Percent(v)),
        ("requests_served", "Requests served", v => Number(v, "N0")),
        ("requests_rejected", "Requests rejected", v => Number(v, "N0")),
        ("revenue_usd", "Revenue", v => Usd(v)),
        ("cost_usd", "Cost", v => Usd(v)),
        ("margin_usd", "Margin", v => Usd(v)),
        ("npv_usd", "NPV", v => Usd(v)),
        ("cost_per_million_tokens_usd", "Cost per million output tokens", v => Usd(v, "N2")),
    ];

    /// <summary>The page for <paramref name="view"/>.</summary>
    public static string Render(ResultsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var html = new HtmlWriter();
        string title = Title(view);
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Text(title).Raw("</title>\n<style>\n").Raw(Style).Raw("</style>\n</head>\n<body>\n<main>\n");
        html.Element("h1", title);
        if (view.IsRun)
        {
            RunHeader(html, view);
            KeyFigureCards(html, view.Folder.Table(ResultTables.Summary));
            Assumptions.Write(html, view);
        }

        if (view.Folder.Has(RunCharts.ComparisonTable))
        {
            ComparisonTable(html, view.Folder.Table(RunCharts.ComparisonTable));
        }

        html.Element("h2", "Charts");
        foreach (var (name, plot) in RunCharts.Draw(view))
        {
            html.Raw($"<figure id=\"chart-{name}\">\n").Raw(InlineSvg(RunCharts.Svg(plot, name)))
                .Raw("\n<figcaption>").Text(ChartCaptions.Of(name)).Raw("</figcaption>\n</figure>\n");
        }

        if (view.Folder.ScenarioYaml is { } yaml)
        {
            html.Raw("<details><summary>The scenario as run (scenario.yaml)</summary>\n<pre>").Text(yaml).Raw("</pre>\n</details>\n");
        }

        html.Raw("<footer>").Text("Written by NeoCloudSim from the Parquet files of this results folder; figures are in docs/results.md.").Raw("</footer>\n");
        html.Raw("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Title(ResultsView view)
    {
        if (view.Folder.Has(ResultTables.Summary.FileName))
        {
            return "NeoCloudSim — " + view.Folder.Table(ResultTables.Summary).Texts("scenario")[0];
        }

        return view.Folder.Has(RunCharts.ComparisonTable)
            && view.Folder.Table(RunCharts.ComparisonTable).Metadata.TryGetValue("neocloudsim.compare", out var both)
            ? "NeoCloudSim — " + both
            : "NeoCloudSim — " + view.Name;
    }

    private static void RunHeader(HtmlWriter html, ResultsView view)
    {
        var summary = view.Folder.Table(ResultTables.Summary);
        if (view.Scenario is { Description.Length: > 0 } scenario)
        {
            html.Element("p", scenario.Description, "lead");
        }

        string start = view.Buckets.Starts.Length > 0 ? view.Buckets.Starts[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "?";
        html.Element("p", string.Create(CultureInfo.InvariantCulture,
            $"{summary.Numbers("horizon_days")[0]:G6} days from {start}, seed {summary.Format("seed", 0)}, {summary.Texts("fidelity")[0]} fidelity, {summary.Numbers("requests_arrived")[0]:N0} requests."), "meta");
        if (view.ScenarioProblem is { } problem)
        {
            html.Element("p", "The folder's scenario.yaml could not be read back, so assumptions and SLO lines are missing: " + problem, "warning");
        }
    }

    private static void KeyFigureCards(HtmlWriter html, ResultFrame summary)
    {
        html.Element("h2", "Key figures");
        html.Raw("<div class=\"figures\">\n");
        foreach (var (column, label, show) in KeyFigures)
        {
            double value = summary.Numbers(column)[0];
            html.Raw($"<div class=\"figure\" data-figure=\"{column}\" data-value=\"{value.ToString("R", CultureInfo.InvariantCulture)}\"><div class=\"label\">")
                .Text(label).Raw("</div><div class=\"value\">").Text(show(value)).Raw("</div></div>\n");
        }

        html.Raw("</div>\n");
    }

    private static void ComparisonTable(HtmlWriter html, ResultFrame compare)
    {
        html.Element("h2", "Side by side");
        var (a, b) = compare.Metadata.TryGetValue("neocloudsim.compare", out var both) && both.Split(" vs ") is [var x, var y] ? (x, y) : ("A", "B");
        html.Element("p", $"A = {a}, B = {b}. Means over the replications ± the half-width of their 95% confidence interval; p from Welch's t-test, * when below 0.05.", "meta");
        var rows = new List<IReadOnlyList<string>>();
        var figure = compare.Texts("figure");
        var unit = compare.Texts("unit");
        var better = compare.Texts("better");
        var p = compare.Numbers("p_value");
        var significant = compare.Numbers("significant");
        for (int i = 0; i < compare.RowCount; i++)
        {
            rows.Add([
                figure[i], unit[i],
                $"{compare.Format("mean_a", i)} ± {compare.Format("half_width_a", i, "G3")}",
                $"{compare.Format("mean_b", i)} ± {compare.Format("half_width_b", i, "G3")}",
                better[i],
                p[i].ToString("F3", CultureInfo.InvariantCulture) + (significant[i] > 0 ? " *" : ""),
            ]);
        }

        html.Table(["figure", "unit", $"A: {a}", $"B: {b}", "better", "p"], rows, "compare");
    }

    /// <summary>ScottPlot's SVG, made to scale with the page (a viewBox) and stripped of its XML declaration.</summary>
    private static string InlineSvg(string svg)
    {
        svg = XmlDeclaration().Replace(svg, "");
        if (!svg.Contains("viewBox", StringComparison.Ordinal))
        {
            svg = svg.Replace("<svg ", $"<svg viewBox=\"0 0 {RunCharts.Width} {RunCharts.Height}\" ", StringComparison.Ordinal);
        }

        return svg;
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    internal static string Percent(double share) => double.IsFinite(share) ? (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "—";

    internal static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "—";

    internal static string Usd(double value, string format = "N0") => double.IsFinite(value)
        ? (value < 0 ? "−" : "") + Math.Abs(value).ToString(format, CultureInfo.InvariantCulture) + " USD"
        : "—";

    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 0; background: #f6f7f9; color: #1d2330; }
        main { max-width: 1240px; margin: 0 auto; padding: 24px; }
        h1 { margin: 0 0 8px; font-size: 28px; }
        h2 { margin: 32px 0 12px; font-size: 20px; border-bottom: 1px solid #d9dde4; padding-bottom: 4px; }
        .lead { font-size: 17px; margin: 4px 0; }
        .meta { color: #5a6272; margin: 4px 0; }
        .warning { background: #fff4e5; border-left: 4px solid #f0a020; padding: 8px 12px; }
        .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; }
        .figure { background: #fff; border: 1px solid #d9dde4; border-radius: 6px; padding: 12px 14px; }
        .figure .label { color: #5a6272; font-size: 13px; }
        .figure .value { font-size: 22px; font-weight: 600; margin-top: 4px; }
        table { border-collapse: collapse; background: #fff; margin: 8px 0 16px; font-size: 14px; }
        th, td { border: 1px solid #d9dde4; padding: 4px 10px; text-align: left; }
        th { background: #eef0f4; }
        figure { background: #fff; border: 1px solid #d9dde4; border-radius: 6px; margin: 0 0 20px; padding: 8px; }
        figure svg { width: 100%; height: auto; display: block; }
        figcaption { color: #3b4252; padding: 6px 8px 2px; }
        details { margin: 24px 0; }
        pre { background: #fff; border: 1px solid #d9dde4; padding: 12px; overflow-x: auto; font-size: 12px; }
        footer { color: #5a6272; font-size: 12px; margin-top: 32px; }
        """;
}
