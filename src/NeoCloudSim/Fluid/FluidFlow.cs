using NeoCloudSim.Demand;
using NeoCloudSim.Time;

namespace NeoCloudSim.Fluid;

/// <summary>
/// One demand stream (a region's requests of one class) as the fluid model sees it: its mean arrival rate over a
/// step and the sizes of its requests. A demand curve gives the rate exactly (it is constant within each hour, noise
/// included); another stream (a trace) is read through, its arrivals counted per step.
/// </summary>
internal sealed class FluidFlow
{
    private readonly DemandCurve? _curve;
    private readonly IArrivalStream? _stream;
    private readonly TokenSizeMoments _sizes;
    private Arrival _pending;
    private bool _hasPending;
    private TokenSizeMoments? _stepSizes;

    public FluidFlow(int region, int workloadClass, DemandCurve curve, TokenSizeMoments sizes)
    {
        Region = region;
        Class = workloadClass;
        _curve = curve;
        _sizes = sizes;
    }

    public FluidFlow(int region, int workloadClass, IArrivalStream stream)
    {
        Region = region;
        Class = workloadClass;
        _stream = stream;
        _sizes = new TokenSizeMoments(0, 0, 0, [1], [1]);
        _hasPending = stream.TryNext(out _pending);
    }

    public int Region { get; }

    public int Class { get; }

    /// <summary>The sizes of the requests of the step last asked for by <see cref="MeanRate"/>.</summary>
    public TokenSizeMoments Sizes => _stepSizes ?? _sizes;

    /// <summary>Mean arrivals per second over [<paramref name="from"/>, <paramref name="to"/>); steps must be asked in order.</summary>
    public double MeanRate(double from, double to)
    {
        if (_curve is not null)
        {
            double total = 0;
            for (double t = from; t < to;)
            {
                double hourEnd = Math.Min(to, (Math.Floor(t / Durations.SecondsPerHour) + 1) * Durations.SecondsPerHour);
                total += _curve.RatePerSecond(t) * (hourEnd - t);
                t = hourEnd;
            }

            return total / (to - from);
        }

        return CountStream(from, to);
    }

    private double CountStream(double from, double to)
    {
        var prompts = new List<int>();
        var outputs = new List<int>();
        double prompt = 0, output = 0, squared = 0;
        while (_hasPending && _pending.Time < to)
        {
            if (_pending.Time >= from)
            {
                prompts.Add(_pending.PromptTokens);
                outputs.Add(_pending.OutputTokens);
                prompt += _pending.PromptTokens;
                output += _pending.OutputTokens;
                squared += (double)_pending.PromptTokens * _pending.PromptTokens;
            }

            _hasPending = _stream!.TryNext(out _pending);
        }

        int n = prompts.Count;
        _stepSizes = n == 0 ? null : new TokenSizeMoments(prompt / n, output / n, squared / n, [.. prompts], [.. outputs]);
        return n / (to - from);
    }
}
