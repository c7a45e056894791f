using System.Globalization;
using NeoCloudSim.Compute;
using NeoCloudSim.World;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Checks of a scenario that YAML typing cannot make: names that must refer to something defined, and values that
/// must lie in range. Each problem is one message naming the field's path.
/// </summary>
internal static class ScenarioChecks
{
    public static void Check(Scenario s, IReadOnlyList<GpuSku> catalog, string source, List<string> problems, YamlPositions? positions = null)
    {
        void Problem(string path, string message) =>
            problems.Add(positions?.Find(path) is { } place ? $"{source}:{place}: {path}: {message}" : $"{source}: {path}: {message}");

        var regions = Ids(s.Regions.ConvertAll(r => r.Id), "regions", Problem);
        var sites = Ids(s.Sites.ConvertAll(x => x.Id), "sites", Problem);
        var classes = Ids(s.Classes.ConvertAll(c => c.Id), "classes", Problem);
        var skus = new HashSet<string>(catalog.Select(k => k.Id), StringComparer.Ordinal);

        if (!(s.HorizonDays > 0))
        {
            Problem("horizon_days", $"must be positive, not {F(s.HorizonDays)}");
        }

        if (!(s.BucketHours > 0))
        {
            Problem("bucket_hours", $"must be positive, not {F(s.BucketHours)}");
        }

        if (!(s.RequestSampleShare is >= 0 and <= 1))
        {
            Problem("request_sample_share", $"is a share and must lie in [0, 1], not {F(s.RequestSampleShare)}");
        }

        Share(s.Pricing.SlaCreditShare, "pricing.sla_credit_share", Problem);
        Share(s.Pricing.SpotFillShare, "pricing.spot_fill_share", Problem);
        for (int i = 0; i < s.Sites.Count; i++)
        {
            var site = s.Sites[i];
            string at = $"sites[{i}]";
            if (!regions.Contains(site.Region))
            {
                Problem($"{at}.region", $"unknown region '{site.Region}' {Defined(regions)}");
            }

            if (!(site.Pue >= 1))
            {
                Problem($"{at}.pue", $"a PUE is at least 1, not {F(site.Pue)}");
            }

            if (site.Shell is null)
            {
                Problem($"{at}.shell", "missing");
            }
            else if (!(site.Shell.Megawatts >= 0))
            {
                Problem($"{at}.shell.megawatts", $"must be zero or more, not {F(site.Shell.Megawatts)}");
            }

            for (int f = 0; f < site.Feeds.Count; f++)
            {
                if (!(site.Feeds[f].Megawatts >= 0))
                {
                    Problem($"{at}.feeds[{f}].megawatts", $"must be zero or more, not {F(site.Feeds[f].Megawatts)}");
                }
            }
        }

        for (int i = 0; i < s.Orders.Count; i++)
        {
            var order = s.Orders[i];
            if (!sites.Contains(order.Site))
            {
                Problem($"orders[{i}].site", $"unknown site '{order.Site}' {Defined(sites)}");
            }

            if (!skus.Contains(order.Sku))
            {
                Problem($"orders[{i}].sku", $"unknown GPU SKU '{order.Sku}' (catalog: {string.Join(", ", skus.Order(StringComparer.Ordinal))})");
            }

            if (order.Gpus <= 0)
            {
                Problem($"orders[{i}].gpus", $"must be positive, not {order.Gpus}");
            }

            if (s.Sites.Find(x => x.Id == order.Site) is { } orderedFor
                && (orderedFor.Shell is not { Megawatts: > 0 } || orderedFor.Feeds.Sum(f => f.Megawatts) <= 0))
            {
                Problem($"orders[{i}].site", $"site '{order.Site}' is never built or never powered (shell megawatts and feed megawatts must be positive), so its GPUs could never be installed");
            }
        }

        for (int i = 0; i < s.Rules.Count; i++)
        {
            var rule = s.Rules[i];
            if (!sites.Contains(rule.Site))
            {
                Problem($"rules[{i}].site", $"unknown site '{rule.Site}'");
            }

            if (!skus.Contains(rule.Sku))
            {
                Problem($"rules[{i}].sku", $"unknown GPU SKU '{rule.Sku}'");
            }

            if (!(rule.Threshold is >= 0 and <= 1))
            {
                Problem($"rules[{i}].threshold", $"a utilization lies in [0, 1], not {F(rule.Threshold)}");
            }

            if (!(rule.CheckEveryDays > 0) || !(rule.WindowDays > 0))
            {
                Problem($"rules[{i}]", "check_every_days and window_days must be positive");
            }
        }

        for (int i = 0; i < s.SiteStartRules.Count; i++)
        {
            var rule = s.SiteStartRules[i];
            var site = s.Sites.Find(x => x.Id == rule.Site);
            if (site is null)
            {
                Problem($"site_start_rules[{i}].site", $"unknown site '{rule.Site}'");
            }
            else if (!site.StartedByRule)
            {
                Problem($"site_start_rules[{i}].site", $"site '{rule.Site}' must be marked started_by_rule: true, or its own dates would start it too");
            }

            if (!skus.Contains(rule.Sku))
            {
                Problem($"site_start_rules[{i}].sku", $"unknown GPU SKU '{rule.Sku}'");
            }
        }

        foreach (var (region, row) in s.LatencyMs)
        {
            if (!regions.Contains(region))
            {
                Problem($"latency_ms.{region}", $"unknown region '{region}'");
            }

            foreach (var (site, ms) in row)
            {
                if (!sites.Contains(site))
                {
                    Problem($"latency_ms.{region}.{site}", $"unknown site '{site}'");
                }

                if (!(ms >= 0))
                {
                    Problem($"latency_ms.{region}.{site}", $"a round trip is zero or more ms, not {F(ms)}");
                }
            }
        }

        for (int i = 0; i < s.Demand.Count; i++)
        {
            var demand = s.Demand[i];
            if (!regions.Contains(demand.Region))
            {
                Problem($"demand[{i}].region", $"unknown region '{demand.Region}' {Defined(regions)}");
            }

            if (!classes.Contains(demand.Class))
            {
                Problem($"demand[{i}].class", $"unknown class '{demand.Class}' {Defined(classes)}");
            }

            if (demand.Curve.DailyShape.Count is not (0 or 24))
            {
                Problem($"demand[{i}].curve.daily_shape", $"has 24 hourly values, not {demand.Curve.DailyShape.Count}");
            }

            if (demand.Curve.WeeklyShape.Count is not (0 or 7))
            {
                Problem($"demand[{i}].curve.weekly_shape", $"has 7 daily values, not {demand.Curve.WeeklyShape.Count}");
            }
        }

        foreach (var classId in s.Pricing.Classes.Keys)
        {
            if (!classes.Contains(classId))
            {
                Problem($"pricing.classes.{classId}", $"unknown class '{classId}'");
            }
        }
    }

    /// <summary>The hint after an unknown name: what is defined.</summary>
    private static string Defined(HashSet<string> ids) =>
        ids.Count == 0 ? "(none defined)" : $"(defined: {string.Join(", ", ids)})";

    private static void Share(double value, string path, Action<string, string> problem)
    {
        if (!(value is >= 0 and <= 1))
        {
            problem(path, $"is a share and must lie in [0, 1], not {F(value)}");
        }
    }

    private static HashSet<string> Ids(List<string> ids, string path, Action<string, string> problem)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
        {
            if (!set.Add(ids[i]))
            {
                problem($"{path}[{i}].id", $"duplicate id '{ids[i]}'");
            }
        }

        return set;
    }

    private static string F(double value) => value.ToString(CultureInfo.InvariantCulture);
}
