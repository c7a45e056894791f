using System.Globalization;
using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
using NeoCloudSim.Pricing;
using NeoCloudSim.Scenarios.Limits;
using NeoCloudSim.Time;
using NeoCloudSim.World;
using L = NeoCloudSim.Scenarios.Limits.ScenarioLimits;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Checks of a scenario that YAML typing cannot make: names that must refer to something defined, and every number
/// and date in its range (<see cref="ScenarioLimits"/>), field by field. Each problem is one message naming the
/// field's path, turned into a place (file and line, or <c>--set</c> option) by <c>message</c>.
/// </summary>
/// <remarks>One piece because it is a flat list of independent field checks in the scenario's own order, one short
/// method per section; splitting it would only scatter the list a reader scans for a field.</remarks>
internal static class ScenarioChecks
{
    public static void Check(Scenario s, IReadOnlyList<GpuSku> catalog, IReadOnlyDictionary<string, IReadOnlyList<TraceRecord>> traces, Func<string, string, string> message, List<string> problems)
    {
        void Problem(string path, string text) => problems.Add(message(path, text));
        void Number(string path, double value, NumberRange range)
        {
            if (range.Problem(value) is { } problem)
            {
                Problem(path, problem);
            }
        }

        void Date(string path, DateTime value)
        {
            // Dates before the start take effect at the start (an unset date is 0001-01-01); only later ones can overflow.
            if (value > L.LatestDate)
            {
                Problem(path, $"must be a date no later than {L.LatestDate:yyyy-MM-dd}, not {value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            }
        }

        var regions = Ids(s.Regions.ConvertAll(r => r.Id), "regions", Problem);
        var sites = Ids(s.Sites.ConvertAll(x => x.Id), "sites", Problem);
        var classes = Ids(s.Classes.ConvertAll(c => c.Id), "classes", Problem);
        Ids(s.Partners.ConvertAll(p => p.Id), "partners", Problem);
        var skus = new HashSet<string>(catalog.Select(k => k.Id), StringComparer.Ordinal);

        CheckTime(s, Problem, Number);
        Number("request_sample_share", s.RequestSampleShare, L.Share);
        for (int i = 0; i < s.Regions.Count; i++)
        {
            Number($"regions[{i}].utc_offset_hours", s.Regions[i].UtcOffsetHours, L.UtcOffsetHours);
        }

        CheckSites(s, regions, Problem, Number, Date);
        for (int i = 0; i < s.Orders.Count; i++)
        {
            var order = s.Orders[i];
            if (!sites.Contains(order.Site))
            {
                Problem($"orders[{i}].site", $"unknown site '{Name(order.Site)}' {Defined(sites)}");
            }

            if (!skus.Contains(order.Sku))
            {
                Problem($"orders[{i}].sku", $"unknown GPU SKU '{Name(order.Sku)}' (catalog: {string.Join(", ", skus.Order(StringComparer.Ordinal))})");
            }

            Number($"orders[{i}].gpus", order.Gpus, L.Gpus);
            Date($"orders[{i}].ordered_on", order.OrderedOn);
            if (s.Sites.Find(x => x.Id == order.Site) is { } orderedFor
                && (orderedFor.Shell is not { Megawatts: > 0 } || orderedFor.Feeds.Sum(f => f.Megawatts) <= 0))
            {
                Problem($"orders[{i}].site", $"site '{Name(order.Site)}' is never built or never powered (shell megawatts and feed megawatts must be positive), so its GPUs could never be installed");
            }
        }

        CheckRules(s, sites, skus, Problem, Number);
        foreach (var (region, row) in s.LatencyMs)
        {
            if (!regions.Contains(region))
            {
                Problem($"latency_ms.{region}", $"unknown region '{Name(region)}'");
            }

            foreach (var (site, ms) in row ?? [])
            {
                if (!sites.Contains(site))
                {
                    Problem($"latency_ms.{region}.{site}", $"unknown site '{Name(site)}'");
                }

                Number($"latency_ms.{region}.{site}", ms, L.RoundTripMs);
            }
        }

        for (int i = 0; i < s.Classes.Count; i++)
        {
            var c = s.Classes[i];
            Number($"classes[{i}].ttft_slo_ms", c.TtftSloMs, L.TtftMs);
            Number($"classes[{i}].patience_seconds", c.PatienceSeconds, L.PatienceSeconds);
            Number($"classes[{i}].deadline_hours", c.DeadlineHours, L.DeadlineHours);
        }

        if (s.Demand.Count > 0 && s.Sites.Count == 0)
        {
            Problem("sites", "no site is defined, so none of the demand could be served: add at least one site");
        }

        for (int i = 0; i < s.Demand.Count; i++)
        {
            var demand = s.Demand[i];
            if (!regions.Contains(demand.Region))
            {
                Problem($"demand[{i}].region", $"unknown region '{Name(demand.Region)}' {Defined(regions)}");
            }

            if (!classes.Contains(demand.Class))
            {
                Problem($"demand[{i}].class", $"unknown class '{Name(demand.Class)}' {Defined(classes)}");
            }

            DemandChecks.Check(s, demand, $"demand[{i}]", traces, Problem, Number);
        }

        Number("routing.max_waiting_per_slot", s.Routing.MaxWaitingPerSlot, L.MaxWaitingPerSlot);
        for (int i = 0; i < s.Partners.Count; i++)
        {
            var p = s.Partners[i];
            string at = $"partners[{i}]";
            foreach (var (region, ms) in p.RttMs)
            {
                Number($"{at}.rtt_ms.{region}", ms, L.RoundTripMs);
            }

            Number($"{at}.default_rtt_ms", p.DefaultRttMs, L.RoundTripMs);
            Number($"{at}.max_concurrent_requests", p.MaxConcurrentRequests, L.MaxConcurrentRequests);
            Number($"{at}.price_usd_per_million_tokens", p.PriceUsdPerMillionTokens, L.UnitPriceUsd);
            Number($"{at}.markup", p.Markup, L.Markup);
            Number($"{at}.ttft_ms", p.TtftMs, L.TtftMs);
            Number($"{at}.output_tokens_per_second", p.OutputTokensPerSecond, L.OutputTokensPerSecond);
        }

        CheckPricing(s, classes, sites, Problem, Number, Date);
        Number("money.discount_rate_per_year", s.Money.DiscountRatePerYear, L.DiscountRatePerYear);
    }

    private static void CheckTime(Scenario s, Action<string, string> problem, Action<string, double, NumberRange> number)
    {
        number("horizon_days", s.HorizonDays, L.HorizonDays);
        number("bucket_hours", s.BucketHours, L.BucketHours);
        if (s.Start < L.EarliestDate || s.Start > L.LatestDate)
        {
            problem("start", $"must be a date from {L.EarliestDate:yyyy-MM-dd} to {L.LatestDate:yyyy-MM-dd}, not {s.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        double horizonHours = s.HorizonDays * 24;
        if (L.HorizonDays.Contains(s.HorizonDays) && s.Start >= L.EarliestDate && s.Start <= L.LatestDate
            && s.Start.AddDays(s.HorizonDays) > L.LatestDate)
        {
            problem("horizon_days", $"start + horizon must end by {L.LatestDate:yyyy-MM-dd}, but {s.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} + {F(s.HorizonDays)} days ends on {s.Start.AddDays(s.HorizonDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        if (L.HorizonDays.Contains(s.HorizonDays) && L.BucketHours.Contains(s.BucketHours))
        {
            // The default day bucket is always allowed: a run shorter than it writes one partial bucket.
            if (s.BucketHours > Math.Max(horizonHours, 24))
            {
                problem("bucket_hours", $"must be at most the horizon ({F(horizonHours)} h) or a day, not {F(s.BucketHours)}");
            }
            else if (horizonHours / s.BucketHours > L.MaxBuckets)
            {
                problem("bucket_hours", $"makes {F(Math.Ceiling(horizonHours / s.BucketHours))} results buckets over the horizon, more than the {F(L.MaxBuckets)} allowed: use buckets of at least {F(horizonHours / L.MaxBuckets)} h");
            }
        }

        var t = s.Traffic;
        number("traffic.step_minutes", t.StepMinutes, L.StepMinutes);
        if (L.HorizonDays.Contains(s.HorizonDays) && L.StepMinutes.Contains(t.StepMinutes) && horizonHours * 60 / t.StepMinutes > L.MaxSteps)
        {
            problem("traffic.step_minutes", $"makes {F(Math.Ceiling(horizonHours * 60 / t.StepMinutes))} fluid steps over the horizon, more than the {F(L.MaxSteps)} allowed: use steps of at least {F(horizonHours * 60 / L.MaxSteps)} minutes");
        }

        number("traffic.window_hours", t.WindowHours, L.WindowHours);
        number("traffic.busiest_windows_per_week", t.BusiestWindowsPerWeek, L.WindowsPerWeek);
        number("traffic.random_windows_per_week", t.RandomWindowsPerWeek, L.WindowsPerWeek);
        number("traffic.max_window_requests", t.MaxWindowRequests, L.MaxWindowRequests);
        number("traffic.warm_up_minutes", t.WarmUpMinutes, L.WarmUpMinutes);
    }

    private static void CheckSites(Scenario s, HashSet<string> regions, Action<string, string> problem, Action<string, double, NumberRange> number, Action<string, DateTime> date)
    {
        for (int i = 0; i < s.Sites.Count; i++)
        {
            var site = s.Sites[i];
            string at = $"sites[{i}]";
            if (!regions.Contains(site.Region))
            {
                problem($"{at}.region", $"unknown region '{Name(site.Region)}' {Defined(regions)}");
            }

            if (!(site.Pue >= 1))
            {
                problem($"{at}.pue", $"a PUE is at least 1, not {F(site.Pue)}");
            }
            else
            {
                number($"{at}.pue", site.Pue, L.Pue);
            }

            number($"{at}.fixed_opex_usd_per_mw_year", site.FixedOpexUsdPerMwYear, L.Usd);
            if (site.Shell is null)
            {
                problem($"{at}.shell", "missing");
            }
            else
            {
                number($"{at}.shell.megawatts", site.Shell.Megawatts, L.Megawatts);
                date($"{at}.shell.build_start", site.Shell.BuildStart);
                number($"{at}.shell.build_months", site.Shell.BuildMonths, L.Months);
                number($"{at}.shell.capex_usd_per_mw", site.Shell.CapexUsdPerMw, L.Usd);
                number($"{at}.shell.useful_life_years", site.Shell.UsefulLifeYears, L.UsefulLifeYears);
            }

            for (int f = 0; f < site.Feeds.Count; f++)
            {
                var feed = site.Feeds[f];
                string fat = $"{at}.feeds[{f}]";
                number($"{fat}.megawatts", feed.Megawatts, L.Megawatts);
                date($"{fat}.requested_on", feed.RequestedOn);
                Months($"{fat}.time_to_power_months", feed.TimeToPowerMonths, problem, number);
                number($"{fat}.phase_megawatts", feed.PhaseMegawatts, L.Megawatts);
                number($"{fat}.phase_interval_months", feed.PhaseIntervalMonths, L.Months);
                number($"{fat}.price_usd_per_mwh", feed.PriceUsdPerMwh, L.UnitPriceUsd);
                if (feed.PhaseMegawatts > 0 && L.Megawatts.Contains(feed.Megawatts) && feed.Megawatts / feed.PhaseMegawatts > L.MaxPhases)
                {
                    problem($"{fat}.phase_megawatts", $"makes {F(Math.Ceiling(feed.Megawatts / feed.PhaseMegawatts))} phases, more than the {F(L.MaxPhases)} allowed: use phases of at least {F(feed.Megawatts / L.MaxPhases)} MW");
                }
            }
        }
    }

    private static void Months(string at, MonthsDistributionSpec? d, Action<string, string> problem, Action<string, double, NumberRange> number)
    {
        if (d is null)
        {
            problem(at, "missing");
            return;
        }

        number($"{at}.months", d.Months, L.Months);
        number($"{at}.low_months", d.LowMonths, L.Months);
        number($"{at}.high_months", d.HighMonths, L.Months);
        number($"{at}.sigma", d.Sigma, L.Sigma);
        if (d.Kind is DistributionKind.Uniform or DistributionKind.Triangular && !(d.LowMonths <= d.HighMonths))
        {
            problem($"{at}.low_months", $"must be at most high_months ({F(d.HighMonths)}), not {F(d.LowMonths)}");
        }

        if (d.Kind is DistributionKind.Triangular && !(d.Months >= d.LowMonths && d.Months <= d.HighMonths))
        {
            problem($"{at}.months", $"the mode must lie in [low_months, high_months] = [{F(d.LowMonths)}, {F(d.HighMonths)}], not {F(d.Months)}");
        }
    }

    private static void CheckRules(Scenario s, HashSet<string> sites, HashSet<string> skus, Action<string, string> problem, Action<string, double, NumberRange> number)
    {
        for (int i = 0; i < s.Rules.Count; i++)
        {
            var rule = s.Rules[i];
            if (!sites.Contains(rule.Site))
            {
                problem($"rules[{i}].site", $"unknown site '{Name(rule.Site)}'");
            }

            if (!skus.Contains(rule.Sku))
            {
                problem($"rules[{i}].sku", $"unknown GPU SKU '{Name(rule.Sku)}'");
            }

            if (!(rule.Threshold is >= 0 and <= 1))
            {
                problem($"rules[{i}].threshold", $"a utilization lies in [0, 1], not {F(rule.Threshold)}");
            }

            number($"rules[{i}].gpus", rule.Gpus, L.Gpus);
            number($"rules[{i}].window_days", rule.WindowDays, L.WindowDays);
            number($"rules[{i}].check_every_days", rule.CheckEveryDays, L.CheckEveryDays);
            number($"rules[{i}].max_orders", rule.MaxOrders, L.MaxOrders);
        }

        for (int i = 0; i < s.SiteStartRules.Count; i++)
        {
            var rule = s.SiteStartRules[i];
            var site = s.Sites.Find(x => x.Id == rule.Site);
            if (site is null)
            {
                problem($"site_start_rules[{i}].site", $"unknown site '{Name(rule.Site)}'");
            }
            else if (!site.StartedByRule)
            {
                problem($"site_start_rules[{i}].site", $"site '{Name(rule.Site)}' must be marked started_by_rule: true, or its own dates would start it too");
            }

            if (!skus.Contains(rule.Sku))
            {
                problem($"site_start_rules[{i}].sku", $"unknown GPU SKU '{Name(rule.Sku)}'");
            }

            number($"site_start_rules[{i}].gpus", rule.Gpus, L.Gpus);
            number($"site_start_rules[{i}].lookahead_months", rule.LookaheadMonths, L.Months);
            number($"site_start_rules[{i}].gpus_per_request_per_second", rule.GpusPerRequestPerSecond, L.GpusPerRequestPerSecond);
            number($"site_start_rules[{i}].check_every_days", rule.CheckEveryDays, L.CheckEveryDays);
        }
    }

    private static void CheckPricing(Scenario s, HashSet<string> classes, HashSet<string> sites, Action<string, string> problem, Action<string, double, NumberRange> number, Action<string, DateTime> date)
    {
        var pricing = s.Pricing;
        Prices("pricing.default", pricing.Default, problem, number);
        foreach (var (classId, price) in pricing.Classes)
        {
            if (!classes.Contains(classId))
            {
                problem($"pricing.classes.{classId}", $"unknown class '{Name(classId)}'");
            }

            Prices($"pricing.classes.{classId}", price, problem, number);
        }

        for (int i = 0; i < pricing.Schedule.Count; i++)
        {
            date($"pricing.schedule[{i}].from", pricing.Schedule[i].From);
            number($"pricing.schedule[{i}].multiplier", pricing.Schedule[i].Multiplier, L.Multiplier);
        }

        number("pricing.sla_credit_share", pricing.SlaCreditShare, L.Share);
        number("pricing.spot_usd_per_gpu_hour", pricing.SpotUsdPerGpuHour, L.UnitPriceUsd);
        number("pricing.spot_fill_share", pricing.SpotFillShare, L.Share);
        for (int i = 0; i < s.Contracts.Count; i++)
        {
            var c = s.Contracts[i];
            string at = $"contracts[{i}]";
            if (!sites.Contains(c.Site))
            {
                problem($"{at}.site", $"unknown site '{Name(c.Site)}' {Defined(sites)}");
            }

            number($"{at}.gpus", c.Gpus, L.Gpus);
            date($"{at}.start", c.Start);
            number($"{at}.term_months", c.TermMonths, NumberRange.PositiveTo(L.Months.Max, "months"));
            number($"{at}.usd_per_gpu_hour", c.UsdPerGpuHour, L.UnitPriceUsd);
        }
    }

    private static void Prices(string at, ClassPricingSpec? price, Action<string, string> problem, Action<string, double, NumberRange> number)
    {
        if (price is null)
        {
            problem(at, "missing");
            return;
        }

        number($"{at}.input_usd_per_million_tokens", price.InputUsdPerMillionTokens, L.UnitPriceUsd);
        number($"{at}.output_usd_per_million_tokens", price.OutputUsdPerMillionTokens, L.UnitPriceUsd);
        number($"{at}.usd_per_gpu_hour", price.UsdPerGpuHour, L.UnitPriceUsd);
    }

    /// <summary>The hint after an unknown name: what is defined.</summary>
    internal static string Defined(HashSet<string> ids) =>
        ids.Count == 0 ? "(none defined)"
        : ids.Count <= MostNamesShown ? $"(defined: {string.Join(", ", ids.Select(Name))})"
        : $"(defined: {string.Join(", ", ids.Take(MostNamesShown).Select(Name))} and {ids.Count - MostNamesShown} more)";

    private const int MostNamesShown = 12;

    /// <summary>A name as messages quote it: cut to <see cref="ScenarioLimits.MaxIdLength"/> characters, so a
    /// hostile megabyte-long name cannot make megabyte-long messages.</summary>
    internal static string Name(string? name) =>
        name is null ? "" : name.Length <= ScenarioLimits.MaxIdLength ? name : string.Concat(name.AsSpan(0, ScenarioLimits.MaxIdLength), "…");

    private static HashSet<string> Ids(List<string> ids, string path, Action<string, string> problem)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(ids[i]))
            {
                problem($"{path}[{i}].id", "must not be empty");
            }
            else if (ids[i].Length > ScenarioLimits.MaxIdLength)
            {
                problem($"{path}[{i}].id", $"is {ids[i].Length:N0} characters long; an id has at most {ScenarioLimits.MaxIdLength}");
            }
            else if (!set.Add(ids[i]))
            {
                problem($"{path}[{i}].id", $"duplicate id '{Name(ids[i])}'");
            }
        }

        return set;
    }

    internal static string F(double value) => NumberRange.Format(value);
}
