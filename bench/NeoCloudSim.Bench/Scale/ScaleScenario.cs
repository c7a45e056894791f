using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
using NeoCloudSim.Fluid;
using NeoCloudSim.Geography;
using NeoCloudSim.Numerics;
using NeoCloudSim.Power;
using NeoCloudSim.Sites;
using NeoCloudSim.Time;
using NeoCloudSim.World;

namespace NeoCloudSim.Bench.Scale;

/// <summary>
/// A default-style neocloud at any size: N campus sites over ten regions, H100 fleets powered before the start, chat
/// and batch demand from every region with a daily cycle, hourly noise and 20% yearly growth, starting at 40% of
/// the fleet's batched capacity (so the last year nears saturation).
/// </summary>
internal static class ScaleScenario
{
    private const int Regions = 10;

    /// <summary>The mean chat demand at the start, as a share of the fleet's batched capacity.</summary>
    public const double DefaultStartLoad = 0.4;

    public static Scenario Build(int sites, int gpus, double years, Fidelity fidelity, IReadOnlyList<GpuSku> catalog, double startLoad = DefaultStartLoad)
    {
        var h100 = catalog.First(s => s.Id == "h100");
        int perSite = Math.Max(h100.Serving.GpusPerReplica, gpus / sites / h100.Serving.GpusPerReplica * h100.Serving.GpusPerReplica);
        double shellMw = perSite * h100.PowerKwPerGpu / 1000 * 1.02;
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var regions = Enumerable.Range(0, Regions).Select(r => new RegionSpec { Id = $"r{r}", UtcOffsetHours = r - 5 }).ToList();
        var siteSpecs = Enumerable.Range(0, sites).Select(s => new SiteSpec
        {
            Id = $"s{s}",
            Region = $"r{s % Regions}",
            Pue = 1.2,
            Shell = new ShellSpec { Megawatts = shellMw, BuildStart = start.AddYears(-2), BuildMonths = 12 },
            Feeds = [new PowerFeedSpec { Megawatts = shellMw * 1.25, RequestedOn = start.AddYears(-2), TimeToPowerMonths = MonthsDistributionSpec.Fixed(12) }],
        }).ToList();
        var latency = regions.ToDictionary(r => r.Id, r => siteSpecs.ToDictionary(s => s.Id, s =>
        {
            int a = int.Parse(r.Id[1..], System.Globalization.CultureInfo.InvariantCulture), b = int.Parse(s.Region[1..], System.Globalization.CultureInfo.InvariantCulture);
            return a == b ? 5.0 : 20 + (10.0 * Math.Abs(a - b));
        }));

        // Chat at 40% (by default) of the fleet's batched capacity, spread evenly over the regions; batch a tenth of it.
        var chat = new DemandStreamSpec { Region = "r0", Class = "chat" };
        var sizes = new TokenSizeMoments(chat.PromptTokens, chat.OutputTokens);
        var rates = new ReplicaRates(h100.Serving, sizes.MeanOutputTokens, sizes.MeanPrefillWorkSeconds(h100.Serving));
        double capacity = sites * (perSite / h100.Serving.GpusPerReplica) * rates.Completions(h100.Serving.BatchLimit);
        double perRegion = startLoad * capacity / Regions;
        var daily = Enumerable.Range(0, 24).Select(h => 1 + (0.5 * Math.Sin((h - 8) / 24.0 * 2 * Math.PI))).ToList();
        var demand = regions.SelectMany(r => new[]
        {
            new DemandStreamSpec { Region = r.Id, Class = "chat", Curve = new DemandCurveSpec { BaseRatePerSecond = perRegion, DailyShape = daily, NoiseSigma = 0.05, Growth = new GrowthSpec { Kind = GrowthKind.Exponential, AnnualFactor = 1.2 } } },
            new DemandStreamSpec { Region = r.Id, Class = "batch", Curve = new DemandCurveSpec { BaseRatePerSecond = perRegion / 10, Growth = new GrowthSpec { Kind = GrowthKind.Exponential, AnnualFactor = 1.2 } } },
        }).ToList();

        return new Scenario
        {
            Name = $"scale-{sites}-sites-{gpus}-gpus",
            Start = start,
            HorizonDays = years * 365,
            Seed = 42,
            BucketHours = 24 * 7,
            Fidelity = fidelity,
            Regions = regions,
            Sites = siteSpecs,
            LatencyMs = latency,
            Orders = [.. siteSpecs.Select(s => new GpuOrderSpec { Site = s.Id, Sku = "h100", Gpus = perSite, OrderedOn = start.AddYears(-1) })],
            Classes = [new WorkloadClassSpec { Id = "chat", TtftSloMs = 1_000 }, new WorkloadClassSpec { Id = "batch", Kind = WorkloadKind.Batch, DeadlineHours = 24 }],
            Demand = demand,
            RequestSampleShare = 0.001,
        };
    }
}
