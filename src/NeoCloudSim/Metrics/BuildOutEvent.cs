namespace NeoCloudSim.Metrics;

/// <summary>One state change of the slow world.</summary>
/// <param name="TimeSeconds">Simulation time, in seconds.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Site">Site id.</param>
/// <param name="Sku">SKU id, for GPU events; empty otherwise.</param>
/// <param name="Gpus">GPUs concerned, for GPU events.</param>
/// <param name="Megawatts">MW concerned, for shell and feed events (cumulative energized MW of the feed).</param>
/// <param name="Feed">Index of the feed in its site, for feed events; -1 otherwise.</param>
public sealed record BuildOutEvent(double TimeSeconds, BuildOutEventKind Kind, string Site, string Sku, int Gpus, double Megawatts, int Feed);
