namespace NeoCloudSim.Power;

/// <summary>Where a site's power comes from.</summary>
public enum PowerFeedKind
{
    /// <summary>A utility interconnection: cheap energy, long and uncertain time to power, possibly in phases.</summary>
    Grid,

    /// <summary>On-site generation (gas turbines, engines, fuel cells): short lead time, dearer energy.</summary>
    OnSite,
}
