using NeoCloudSim.Demand;
using NeoCloudSim.Pricing;
using NeoCloudSim.Scenarios.Limits;
using NeoCloudSim.World;
using L = NeoCloudSim.Scenarios.Limits.ScenarioLimits;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// The range checks of one demand stream: its curve (base rate, shapes, growth, price effect, noise), its token sizes
/// and its trace, including the rate the curve reaches by the horizon and the requests a trace yields.
/// </summary>
internal static class DemandChecks
{
    public static void Check(Scenario s, DemandStreamSpec demand, string at, IReadOnlyDictionary<string, IReadOnlyList<TraceRecord>> traces, Action<string, string> problem, Action<string, double, NumberRange> number)
    {
        var curve = demand.Curve;
        number($"{at}.curve.base_rate_per_second", curve.BaseRatePerSecond, L.BaseRatePerSecond);
        Shape($"{at}.curve.daily_shape", curve.DailyShape, 24, "hourly", problem, number);
        Shape($"{at}.curve.weekly_shape", curve.WeeklyShape, 7, "daily", problem, number);
        number($"{at}.curve.elasticity", curve.Elasticity, L.Elasticity);
        number($"{at}.curve.reference_price_usd", curve.ReferencePriceUsd, L.ReferencePriceUsd);
        number($"{at}.curve.noise_sigma", curve.NoiseSigma, L.NoiseSigma);
        if (curve.Elasticity > 0 && demand.Class is not null && Price(s.Pricing.For(demand.Class)) is var (price, field) && !(price > 0))
        {
            problem($"{at}.curve.elasticity", $"a price-elastic curve needs a positive price, but its class's {field} is {ScenarioChecks.F(price)}");
        }

        var g = curve.Growth;
        number($"{at}.curve.growth.annual_factor", g.AnnualFactor, L.AnnualFactor);
        number($"{at}.curve.growth.ceiling", g.Ceiling, L.GrowthMultiplier);
        number($"{at}.curve.growth.midpoint_years", g.MidpointYears, L.MidpointYears);
        number($"{at}.curve.growth.steepness_per_year", g.SteepnessPerYear, L.SteepnessPerYear);
        if (g.Points.Count > L.MaxGrowthPoints)
        {
            problem($"{at}.curve.growth.points", $"has {g.Points.Count} points, more than the {L.MaxGrowthPoints} allowed");
        }

        for (int p = 0; p < g.Points.Count && p < 100; p++)
        {
            number($"{at}.curve.growth.points[{p}].years", g.Points[p].Years, L.GrowthYears);
            number($"{at}.curve.growth.points[{p}].multiplier", g.Points[p].Multiplier, L.GrowthMultiplier);
        }

        if (L.BaseRatePerSecond.Contains(curve.BaseRatePerSecond) && L.HorizonDays.Contains(s.HorizonDays) && demand.Trace is null
            && curve.BaseRatePerSecond * PeakGrowth(g, s.HorizonDays / 365.25) is var peak && !(peak <= L.MaxRatePerSecond))
        {
            problem($"{at}.curve", $"base_rate_per_second × growth reaches {ScenarioChecks.F(peak)} requests per second by the horizon, more than the {ScenarioChecks.F(L.MaxRatePerSecond)} allowed");
        }

        Tokens($"{at}.prompt_tokens", demand.PromptTokens, problem, number);
        Tokens($"{at}.output_tokens", demand.OutputTokens, problem, number);
        if (demand.Trace is { } trace)
        {
            number($"{at}.trace.start_hours", trace.StartHours, L.TraceStartHours);
            number($"{at}.trace.time_scale", trace.TimeScale, L.TimeScale);
            if (traces.TryGetValue(trace.Path, out var records) && L.TimeScale.Contains(trace.TimeScale) && L.HorizonDays.Contains(s.HorizonDays))
            {
                TraceYield($"{at}.trace", trace, records, s.HorizonDays * 86_400, problem);
            }
        }
    }

    private static void TraceYield(string at, TraceSpec trace, IReadOnlyList<TraceRecord> records, double horizonSeconds, Action<string, string> problem)
    {
        double recorded = records[^1].OffsetSeconds;
        if (trace.Repeat && records.Count > 1 && !(recorded > 0))
        {
            problem($"{at}.repeat", "the trace's requests all have the same time, so a repeated trace would never move forward; set repeat: false");
            return;
        }

        double span = (records.Count > 1 ? recorded * records.Count / (records.Count - 1) : 1) / trace.TimeScale;
        double loops = trace.Repeat ? Math.Ceiling(Math.Max(0, horizonSeconds - trace.StartHours * 3_600) / span) : 1;
        double requests = loops * records.Count;
        if (requests > L.MaxTraceRequests)
        {
            problem($"{at}.time_scale", $"replays the trace's {records.Count} requests {ScenarioChecks.F(loops)} times over the horizon ({ScenarioChecks.F(requests)} requests), more than the {ScenarioChecks.F(L.MaxTraceRequests)} allowed");
        }
    }

    /// <summary>The largest growth multiplier from the start to <paramref name="years"/>.</summary>
    private static double PeakGrowth(GrowthSpec g, double years) => g.Kind switch
    {
        GrowthKind.Exponential => Math.Max(1, Math.Pow(g.AnnualFactor, years)),
        GrowthKind.Logistic => Math.Max(1, g.Ceiling),
        GrowthKind.Piecewise or GrowthKind.Csv => g.Points.Count == 0 ? 1 : g.Points.Max(p => p.Multiplier),
        _ => 1,
    };

    /// <summary>The price the elasticity applies to, and its field.</summary>
    private static (double Price, string Field) Price(ClassPricingSpec price) =>
        price.Model == PriceModel.GpuHour ? (price.UsdPerGpuHour, "usd_per_gpu_hour") : (price.OutputUsdPerMillionTokens, "output_usd_per_million_tokens");

    private static void Shape(string at, List<double> shape, int count, string what, Action<string, string> problem, Action<string, double, NumberRange> number)
    {
        if (shape.Count is not 0 && shape.Count != count)
        {
            problem(at, $"has {count} {what} values, not {shape.Count}");
            return;
        }

        for (int i = 0; i < shape.Count; i++)
        {
            number($"{at}[{i}]", shape[i], L.ShapeValue);
        }

        if (shape.Count > 0 && shape.TrueForAll(v => v == 0))
        {
            problem(at, "has only zeros; it is rescaled to mean 1, so at least one value must be positive");
        }
    }

    private static void Tokens(string at, TokenSizeSpec? tokens, Action<string, string> problem, Action<string, double, NumberRange> number)
    {
        if (tokens is null)
        {
            problem(at, "missing");
            return;
        }

        number($"{at}.median", tokens.Median, L.TokenSize);
        number($"{at}.p99", tokens.P99, L.TokenSize);
        number($"{at}.min", tokens.Min, L.TokenBound);
        number($"{at}.max", tokens.Max, L.TokenBound);
        if (tokens.Median > tokens.P99)
        {
            problem($"{at}.p99", $"must be at least the median ({ScenarioChecks.F(tokens.Median)}), not {ScenarioChecks.F(tokens.P99)}");
        }

        if (tokens.Min > tokens.Max)
        {
            problem($"{at}.max", $"must be at least min ({tokens.Min}), not {tokens.Max}");
        }
    }
}
