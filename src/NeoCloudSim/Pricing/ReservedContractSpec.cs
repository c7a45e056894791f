namespace NeoCloudSim.Pricing;

/// <summary>
/// A reserved-capacity contract: a customer takes <see cref="Gpus"/> GPUs at a site for a term at a price per
/// GPU-hour, take-or-pay. The site dedicates whole replicas to it (they serve no on-demand traffic) as soon as it has
/// them idle; the customer pays for the GPU-hours actually provided, and the rest is reported as shortfall.
/// </summary>
public sealed record ReservedContractSpec
{
    /// <summary>Customer name, for reports.</summary>
    public string Customer { get; init; } = "customer";

    /// <summary>The site providing the GPUs.</summary>
    public required string Site { get; init; }

    /// <summary>GPUs reserved.</summary>
    public int Gpus { get; init; }

    /// <summary>Start of the term, UTC.</summary>
    public DateTime Start { get; init; }

    /// <summary>Length of the term, in months.</summary>
    public double TermMonths { get; init; } = 12;

    /// <summary>Price per GPU-hour provided, USD.</summary>
    public double UsdPerGpuHour { get; init; } = 2.0;
}
