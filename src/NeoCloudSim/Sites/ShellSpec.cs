namespace NeoCloudSim.Sites;

/// <summary>The building: critical IT capacity, when construction starts, how long it takes, what it costs.</summary>
public sealed record ShellSpec
{
    /// <summary>Critical IT capacity of the finished shell, in MW.</summary>
    public double Megawatts { get; init; }

    /// <summary>Start of construction, UTC.</summary>
    public DateTime BuildStart { get; init; }

    /// <summary>Months from start to a usable shell.</summary>
    public double BuildMonths { get; init; }

    /// <summary>Facility capex per MW of IT capacity, in USD (IT equipment excluded).</summary>
    public double CapexUsdPerMw { get; init; } = 11_000_000;

    /// <summary>Depreciation life of the facility, in years.</summary>
    public double UsefulLifeYears { get; init; } = 20;
}
