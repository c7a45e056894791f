using System.Globalization;
using NeoCloudSim.Demand;
using NeoCloudSim.Power;
using NeoCloudSim.Pricing;
using NeoCloudSim.Time;

namespace NeoCloudSim.Reports.Html;

/// <summary>The scenario's assumptions as the report shows them: sites and power, GPU orders, demand, classes and
/// prices, routing and money. Read from the scenario as run; the full file follows at the end of the report.</summary>
internal static class Assumptions
{
    public static void Write(HtmlWriter html, ResultsView view)
    {
        if (view.Scenario is not { } s)
        {
            return;
        }

        var c = CultureInfo.InvariantCulture;
        html.Element("h2", "Assumptions");
        html.Element("h3", "Sites and power");
        html.Table(
            ["site", "kind", "region", "shell (IT MW)", "shell ready", "feeds (facility MW, requested, time to power)", "PUE"],
            s.Sites.Select(site => (IReadOnlyList<string>)[
                site.Id,
                site.Kind.ToString().ToLowerInvariant(),
                site.Region,
                site.Shell.Megawatts.ToString("G4", c),
                site.StartedByRule ? "when started by rule" : site.Shell.BuildStart.AddSeconds(site.Shell.BuildMonths * Durations.SecondsPerMonth).ToString("yyyy-MM-dd", c),
                string.Join("; ", site.Feeds.Select(f => string.Create(c, $"{Kind(f.Kind)} {f.Megawatts:G4} MW on {f.RequestedOn:yyyy-MM-dd}, {Months(f.TimeToPowerMonths)}"))),
                site.Pue.ToString("G3", c),
            ]));

        html.Element("h3", "GPU orders");
        html.Table(
            ["site", "SKU", "GPUs", "ordered on"],
            s.Orders.Select(o => (IReadOnlyList<string>)[o.Site, o.Sku, o.Gpus.ToString(c), o.OrderedOn.ToString("yyyy-MM-dd", c)]));
        if (s.Rules.Count > 0 || s.SiteStartRules.Count > 0)
        {
            html.Element("p", $"Build-out rules: {s.Rules.Count} utilization trigger(s), {s.SiteStartRules.Count} site-start rule(s).", "meta");
        }

        html.Element("h3", "Demand and classes");
        html.Table(
            ["class", "kind", "SLO", "price"],
            s.Classes.Select(w => (IReadOnlyList<string>)[
                w.Id,
                w.Kind.ToString().ToLowerInvariant(),
                w.Kind == WorkloadKind.Batch ? string.Create(c, $"done within {w.DeadlineHours:G4} h") : string.Create(c, $"TTFT ≤ {w.TtftSloMs:G4} ms"),
                Price(s.Pricing.Classes.TryGetValue(w.Id, out var p) ? p : s.Pricing.Default),
            ]));
        html.Table(
            ["region", "class", "base rate (requests/s)", "growth", "source"],
            s.Demand.Select(d => (IReadOnlyList<string>)[
                d.Region,
                d.Class,
                d.Curve.BaseRatePerSecond.ToString("G4", c),
                d.Curve.Growth.Kind.ToString().ToLowerInvariant(),
                d.Trace is null ? "Poisson, daily and weekly shape" : "trace " + Path.GetFileName(d.Trace.Path),
            ]));

        html.Element("h3", "Routing and money");
        html.Table(
            ["assumption", "value"],
            [
                ["routing policy", s.Routing.Policy.ToString()],
                ["on overflow", s.Routing.Overflow.ToString()],
                ["SLA credit", (s.Pricing.SlaCreditShare * 100).ToString("G3", c) + " % of the price"],
                ["spot resale of idle GPU-hours", string.Create(c, $"{s.Pricing.SpotFillShare * 100:G3} % at {s.Pricing.SpotUsdPerGpuHour:G4} USD/GPU-h")],
                ["discount rate", (s.Money.DiscountRatePerYear * 100).ToString("G3", c) + " % a year"],
            ]);
    }

    private static string Kind(PowerFeedKind kind) => kind == PowerFeedKind.Grid ? "grid" : "on-site";

    private static string Months(MonthsDistributionSpec d) => d.Kind switch
    {
        DistributionKind.Fixed => string.Create(CultureInfo.InvariantCulture, $"{d.Months:G3} months"),
        DistributionKind.Uniform => string.Create(CultureInfo.InvariantCulture, $"{d.LowMonths:G3}–{d.HighMonths:G3} months (uniform)"),
        _ => string.Create(CultureInfo.InvariantCulture, $"~{d.Months:G3} months ({d.Kind.ToString().ToLowerInvariant()}, σ {d.Sigma:G2})"),
    };

    private static string Price(ClassPricingSpec p) => p.Model == PriceModel.GpuHour
        ? string.Create(CultureInfo.InvariantCulture, $"{p.UsdPerGpuHour:G4} USD per GPU-hour")
        : string.Create(CultureInfo.InvariantCulture, $"{p.InputUsdPerMillionTokens:G4} / {p.OutputUsdPerMillionTokens:G4} USD per million input / output tokens");
}
