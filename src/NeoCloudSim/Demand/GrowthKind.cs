namespace NeoCloudSim.Demand;

/// <summary>How demand grows over the years.</summary>
public enum GrowthKind
{
    /// <summary>No growth: the multiplier stays 1.</summary>
    Constant,

    /// <summary>Multiplied by <see cref="GrowthSpec.AnnualFactor"/> every year.</summary>
    Exponential,

    /// <summary>An S-curve from 1 toward <see cref="GrowthSpec.Ceiling"/>, fastest at <see cref="GrowthSpec.MidpointYears"/>.</summary>
    Logistic,

    /// <summary>Straight lines between <see cref="GrowthSpec.Points"/>, flat beyond the ends.</summary>
    Piecewise,

    /// <summary>Like <see cref="Piecewise"/>, with the points read from a CSV file (<see cref="GrowthSpec.CsvPath"/>:
    /// a header, then <c>date,multiplier</c> rows); the scenario reader turns it into piecewise points.</summary>
    Csv,
}
