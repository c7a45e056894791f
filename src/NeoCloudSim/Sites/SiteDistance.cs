namespace NeoCloudSim.Sites;

/// <summary>A site as seen from a region: the site and the network round trip to it, in seconds.</summary>
public readonly record struct SiteDistance(Site Site, double RoundTripSeconds);
