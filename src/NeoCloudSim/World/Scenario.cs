using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
using NeoCloudSim.Fluid;
using NeoCloudSim.Geography;
using NeoCloudSim.Money;
using NeoCloudSim.Pricing;
using NeoCloudSim.Routing;
using NeoCloudSim.Sites;
using NeoCloudSim.Strategy;

namespace NeoCloudSim.World;

/// <summary>
/// Everything a run needs to know: when and how long, the regions and sites, the power, the GPUs and their orders,
/// the demand, the routing, the prices and the money assumptions. Read from a scenario file; see docs/scenarios.md.
/// </summary>
public sealed record Scenario
{
    /// <summary>A base scenario file this one is laid over (path relative to this file); see docs/scenarios.md.</summary>
    public string? Extends { get; init; }

    /// <summary>Short name for reports.</summary>
    public string Name { get; init; } = "scenario";

    /// <summary>What the scenario asks, for reports.</summary>
    public string Description { get; init; } = "";

    /// <summary>Start of the simulated period, UTC.</summary>
    public DateTime Start { get; init; } = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Length of the simulated period, in days.</summary>
    public double HorizonDays { get; init; } = 365;

    /// <summary>Root seed of every random stream.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>How traffic is simulated: requests one by one, fluid flows, or hybrid; auto picks by the run's size.</summary>
    public Fidelity Fidelity { get; init; } = Fidelity.Auto;

    /// <summary>Settings of the fluid and hybrid traffic models.</summary>
    public TrafficSpec Traffic { get; init; } = new();

    /// <summary>Length of a results bucket (time series row), in hours.</summary>
    public double BucketHours { get; init; } = 24;

    /// <summary>Regions that hold users.</summary>
    public List<RegionSpec> Regions { get; init; } = [];

    /// <summary>Data center sites.</summary>
    public List<SiteSpec> Sites { get; init; } = [];

    /// <summary>Network round trip from each region to each site, in ms: region id → site id → ms.</summary>
    public Dictionary<string, Dictionary<string, double>> LatencyMs { get; init; } = [];

    /// <summary>GPU SKUs added to or replacing the built-in catalog's, by id.</summary>
    public List<GpuSku> Catalog { get; init; } = [];

    /// <summary>GPU purchases.</summary>
    public List<GpuOrderSpec> Orders { get; init; } = [];

    /// <summary>Build-out rules: GPUs ordered when a site's utilization passes a threshold.</summary>
    public List<UtilizationOrderRuleSpec> Rules { get; init; } = [];

    /// <summary>Site-start rules: sites started when projected demand exceeds the GPUs ordered.</summary>
    public List<SiteStartRuleSpec> SiteStartRules { get; init; } = [];

    /// <summary>Classes of demand and their SLOs.</summary>
    public List<WorkloadClassSpec> Classes { get; init; } = [];

    /// <summary>Demand streams, one per region and class.</summary>
    public List<DemandStreamSpec> Demand { get; init; } = [];

    /// <summary>How requests are placed and what happens on overflow.</summary>
    public RoutingSpec Routing { get; init; } = new();

    /// <summary>Partner clouds for burst.</summary>
    public List<PartnerCloudSpec> Partners { get; init; } = [];

    /// <summary>The pricing strategy.</summary>
    public PricingSpec Pricing { get; init; } = new();

    /// <summary>Reserved-capacity contracts (take-or-pay).</summary>
    public List<ReservedContractSpec> Contracts { get; init; } = [];

    /// <summary>Financial assumptions.</summary>
    public MoneySpec Money { get; init; } = new();

    /// <summary>Share of served requests written as per-request records (0 to 1).</summary>
    public double RequestSampleShare { get; init; } = 0.01;
}
