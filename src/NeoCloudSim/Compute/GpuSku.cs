namespace NeoCloudSim.Compute;

/// <summary>A GPU (or accelerator) model as a planner buys it: power, price, life, reliability, lead time, speed.</summary>
public sealed record GpuSku
{
    /// <summary>Identifier, e.g. "h100".</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public string Name { get; init; } = "";

    /// <summary>All-in IT power per GPU at full load, server share included, in kW.</summary>
    public double PowerKwPerGpu { get; init; }

    /// <summary>Power drawn when idle, as a share of full load.</summary>
    public double IdlePowerShare { get; init; } = 0.3;

    /// <summary>Price per GPU, server share included, in USD.</summary>
    public double PriceUsdPerGpu { get; init; }

    /// <summary>Depreciation life, in years.</summary>
    public double UsefulLifeYears { get; init; } = 5;

    /// <summary>Mean hours between interruptions, per GPU.</summary>
    public double MtbfHours { get; init; } = 50_000;

    /// <summary>Mean hours to repair a failed replica.</summary>
    public double RepairHours { get; init; } = 24;

    /// <summary>Days from order to delivery.</summary>
    public double LeadTimeDays { get; init; }

    /// <summary>How price and lead time depend on when an order is placed; empty = constant.</summary>
    public List<ScarcityPoint> Scarcity { get; init; } = [];

    /// <summary>The scarcity factors in force for an order placed at <paramref name="orderedOnUtc"/>.</summary>
    public (double Price, double LeadTime) ScarcityAt(DateTime orderedOnUtc)
    {
        ScarcityPoint? current = null;
        foreach (var point in Scarcity)
        {
            if (point.From <= orderedOnUtc && (current is null || point.From >= current.From))
            {
                current = point;
            }
        }

        return current is null ? (1, 1) : (current.PriceMultiplier, current.LeadTimeMultiplier);
    }

    /// <summary>Serving speed for the scenario's model.</summary>
    public required ServingProfile Serving { get; init; }

    /// <summary>Where each figure comes from, by figure name.</summary>
    public Dictionary<string, string> Sources { get; init; } = [];
}
