using NeoCloudSim.Time;

namespace NeoCloudSim.Power;

/// <summary>One power feed of a site: a grid connection or on-site generation.</summary>
public sealed record PowerFeedSpec
{
    /// <summary>Grid or on-site generation.</summary>
    public PowerFeedKind Kind { get; init; } = PowerFeedKind.Grid;

    /// <summary>Facility power the feed delivers once fully energized, in MW (IT power is this divided by the PUE).</summary>
    public double Megawatts { get; init; }

    /// <summary>When the feed is requested (interconnection application, generator order), UTC.</summary>
    public DateTime RequestedOn { get; init; }

    /// <summary>From request to the first energized MW, in months.</summary>
    public MonthsDistributionSpec TimeToPowerMonths { get; init; } = MonthsDistributionSpec.Fixed(0);

    /// <summary>Size of each energization phase in MW; 0 energizes the whole feed at once.</summary>
    public double PhaseMegawatts { get; init; }

    /// <summary>Months between successive phases.</summary>
    public double PhaseIntervalMonths { get; init; }

    /// <summary>Energy price of this feed, USD per MWh.</summary>
    public double PriceUsdPerMwh { get; init; } = 80;
}
