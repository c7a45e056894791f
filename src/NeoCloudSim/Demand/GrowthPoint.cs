namespace NeoCloudSim.Demand;

/// <summary>A point of a piecewise growth curve: the demand multiplier at a time.</summary>
public sealed record GrowthPoint
{
    /// <summary>Years since the scenario's start.</summary>
    public double Years { get; init; }

    /// <summary>Demand multiplier at that time.</summary>
    public double Multiplier { get; init; } = 1;
}
