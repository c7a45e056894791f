using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Geography;
using NeoCloudSim.Power;
using NeoCloudSim.Sites;
using NeoCloudSim.Time;
using NeoCloudSim.World;

namespace NeoCloudSim.Tests.World;

/// <summary>Small hand-made scenarios for the world-model tests, with figures easy to check by hand.</summary>
public static class TestWorlds
{
    public static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A GPU with round figures: 1 kW, 10,000 USD, 5 years; replicas of 8; 64-request batches.</summary>
    public static GpuSku Gpu(double mtbfHours = 1e12, double repairHours = 24, double leadTimeDays = 30) => new()
    {
        Id = "test-gpu",
        PowerKwPerGpu = 1.0,
        IdlePowerShare = 0.25,
        PriceUsdPerGpu = 10_000,
        UsefulLifeYears = 5,
        MtbfHours = mtbfHours,
        RepairHours = repairHours,
        LeadTimeDays = leadTimeDays,
        Serving = new ServingProfile
        {
            GpusPerReplica = 8,
            PrefillTokensPerSecond = 15_000,
            DecodeStepMs = 30,
            DecodeStepMsPerRequest = 0.3,
            BatchLimit = 64,
        },
    };

    public static SiteSpec Site(string id, string region, double shellMw, double feedMw, double powerMonths, double buildMonths = 0, double pue = 1.25) => new()
    {
        Id = id,
        Region = region,
        Pue = pue,
        Shell = new ShellSpec { Megawatts = shellMw, BuildStart = Start, BuildMonths = buildMonths, CapexUsdPerMw = 10_000_000, UsefulLifeYears = 20 },
        Feeds =
        [
            new PowerFeedSpec
            {
                Kind = PowerFeedKind.Grid,
                Megawatts = feedMw,
                RequestedOn = Start,
                TimeToPowerMonths = MonthsDistributionSpec.Fixed(powerMonths),
                PriceUsdPerMwh = 80,
            },
        ],
        FixedOpexUsdPerMwYear = 0,
    };

    public static Scenario Scenario(double horizonDays, List<SiteSpec> sites, List<GpuOrderSpec> orders, Dictionary<string, Dictionary<string, double>>? latency = null, List<RegionSpec>? regions = null) => new()
    {
        Name = "test",
        Start = Start,
        HorizonDays = horizonDays,
        Seed = 7,
        BucketHours = 24,
        Regions = regions ?? [new RegionSpec { Id = "r1" }],
        Sites = sites,
        LatencyMs = latency ?? new() { ["r1"] = sites.ToDictionary(s => s.Id, _ => 10.0) },
        Orders = orders,
        Classes = [new WorkloadClassSpec { Id = "chat", TtftSloMs = 1_000 }],
        RequestSampleShare = 0,
    };

    public static GpuOrderSpec Order(string site, int gpus, double onDay = 0) =>
        new() { Site = site, Sku = "test-gpu", Gpus = gpus, OrderedOn = Start.AddDays(onDay) };

    /// <summary>Poisson arrivals at a constant rate with fixed sizes, until a horizon.</summary>
    public sealed class ConstantPoisson(RandomStream random, double ratePerSecond, double horizonSeconds, int prompt = 1_000, int output = 200) : IArrivalStream
    {
        private double _time;

        public bool TryNext(out Arrival arrival)
        {
            _time += random.NextExponential(ratePerSecond);
            arrival = new Arrival(_time, prompt, output);
            return _time < horizonSeconds;
        }
    }
}
