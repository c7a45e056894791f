namespace NeoCloudSim.Metrics;

/// <summary>
/// What the fluid model served of one class at one cluster over one step: whole request and token counts (fractions
/// carried to the next step), and latency points — TTFT, queueing delay and end-to-end seconds — each standing for
/// <c>Count</c> requests, whose counts add up to <see cref="Served"/>.
/// </summary>
internal sealed class FluidService
{
    public long Served { get; set; }

    public long TokensIn { get; set; }

    public long TokensOut { get; set; }

    public long SloMet { get; set; }

    public List<(double Ttft, double Queueing, double EndToEnd, long Count)> Points { get; } = [];

    /// <summary>Empties the points and starts again with <paramref name="served"/> requests.</summary>
    public void Clear(long served)
    {
        Served = served;
        TokensIn = TokensOut = SloMet = 0;
        Points.Clear();
    }
}
