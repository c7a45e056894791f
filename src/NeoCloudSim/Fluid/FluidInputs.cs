using NeoCloudSim.Demand;
using NeoCloudSim.Engine;
using NeoCloudSim.Metrics;
using NeoCloudSim.Money;
using NeoCloudSim.Pricing;
using NeoCloudSim.Routing;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Fluid;

/// <summary>What the fluid traffic driver is built from: the world's parts it reads and the tallies it writes.</summary>
internal sealed record FluidInputs
{
    public required Simulation Simulation { get; init; }

    public required IReadOnlyList<WorkloadClassSpec> Classes { get; init; }

    public required IReadOnlyList<Site> Sites { get; init; }

    /// <summary>Per region, its candidate sites, nearest first.</summary>
    public required SiteDistance[][] Candidates { get; init; }

    /// <summary>The scenario's routing policy: the same object the request-level driver uses.</summary>
    public required RoutingPolicy Policy { get; init; }

    /// <summary>Partner clouds for overflow; null when overflow is rejected.</summary>
    public FluidPartners? Partners { get; init; }

    public required ClassPricingSpec[] ClassPrices { get; init; }

    public required PriceSchedule Schedule { get; init; }

    public required PricingSpec Pricing { get; init; }

    public required MoneyAccumulator Money { get; init; }

    public required RoutingTally[,] BucketRouting { get; init; }

    public required RoutingTally[,] RunRouting { get; init; }

    public required IReadOnlyList<FluidFlow> Flows { get; init; }

    /// <summary>Length of a step, simulated seconds.</summary>
    public required double StepSeconds { get; init; }

    /// <summary>End of the run, simulated seconds.</summary>
    public required double HorizonSeconds { get; init; }

    /// <summary>The request-level windows of a hybrid run.</summary>
    public required RequestWindows Windows { get; init; }

    /// <summary>Sends a per-site window's request to its site: site, region, class, prompt and output tokens, round
    /// trip in seconds.</summary>
    public Action<int, int, int, int, int, double>? ArriveAt { get; init; }
}
