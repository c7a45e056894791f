using NeoCloudSim.Power;

namespace NeoCloudSim.Sites;

/// <summary>A data center site: where it is, how efficient, its building and its power feeds.</summary>
public sealed record SiteSpec
{
    /// <summary>Identifier, e.g. "campus-tx".</summary>
    public required string Id { get; init; }

    /// <summary>Campus or edge.</summary>
    public SiteKind Kind { get; init; } = SiteKind.Campus;

    /// <summary>Region the site stands in (for reporting; latency comes from the latency matrix).</summary>
    public required string Region { get; init; }

    /// <summary>Power usage effectiveness: facility power / IT power, at least 1.</summary>
    public double Pue { get; init; } = 1.2;

    /// <summary>The building.</summary>
    public required ShellSpec Shell { get; init; }

    /// <summary>Grid connections and on-site generation.</summary>
    public List<PowerFeedSpec> Feeds { get; init; } = [];

    /// <summary>True when a site-start rule decides when the site is built: its shell's build start and its feeds'
    /// request dates are then the day the rule fires.</summary>
    public bool StartedByRule { get; init; }

    /// <summary>Fixed operating cost per MW of built IT capacity per year, in USD (staff, maintenance, insurance).</summary>
    public double FixedOpexUsdPerMwYear { get; init; } = 150_000;
}
