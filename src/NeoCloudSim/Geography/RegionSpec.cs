namespace NeoCloudSim.Geography;

/// <summary>A region that holds users: a metro or a country, with its clock offset for daily and weekly cycles.</summary>
public sealed record RegionSpec
{
    /// <summary>Identifier used by sites, demand and the latency matrix, e.g. "us-east".</summary>
    public required string Id { get; init; }

    /// <summary>Offset of the region's local time from UTC, in hours (e.g. -5 for New York in winter).</summary>
    public double UtcOffsetHours { get; init; }
}
