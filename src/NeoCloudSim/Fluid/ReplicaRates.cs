using NeoCloudSim.Compute;

namespace NeoCloudSim.Fluid;

/// <summary>
/// How fast one continuous-batching replica completes requests when it holds k of them, for a given mix of request
/// sizes: each completion costs one prefill (overhead + the prompt's work, during which decoding pauses) and
/// (output − 1) decode steps of a + b·k seconds shared by the k requests. With X(k) completions per second,
/// X·Tₚ of the time is prefill and the rest decodes k/(a + b·k) tokens per second:
/// X(k) = [k / s(k)] / [(Ō − 1) + Tₚ · k / s(k)].
/// </summary>
public sealed class ReplicaRates
{
    private readonly double[] _completions; // index k = 0..B

    /// <summary>Rates of <paramref name="profile"/> for requests of <paramref name="meanOutputTokens"/> output tokens and
    /// <paramref name="meanPrefillWorkSeconds"/> of prefill work on average.</summary>
    public ReplicaRates(ServingProfile profile, double meanOutputTokens, double meanPrefillWorkSeconds)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        BatchLimit = profile.BatchLimit;
        PrefillSeconds = profile.PrefillOverheadSeconds + meanPrefillWorkSeconds;
        double decodeTokens = Math.Max(0, meanOutputTokens - 1);
        _completions = new double[BatchLimit + 1];
        for (int k = 1; k <= BatchLimit; k++)
        {
            double tokensPerSecond = k / profile.DecodeStepSeconds(k);
            _completions[k] = tokensPerSecond / (decodeTokens + (PrefillSeconds * tokensPerSecond));
        }
    }

    /// <summary>The serving profile.</summary>
    public ServingProfile Profile { get; }

    /// <summary>B, the most requests a replica holds.</summary>
    public int BatchLimit { get; }

    /// <summary>Tₚ: mean prefill iteration of one request, seconds.</summary>
    public double PrefillSeconds { get; }

    /// <summary>Completions per second of a replica holding <paramref name="k"/> requests (k may be fractional: interpolated).</summary>
    public double Completions(double k)
    {
        if (k <= 0)
        {
            return 0;
        }

        if (k >= BatchLimit)
        {
            return _completions[BatchLimit];
        }

        int below = (int)Math.Floor(k);
        double share = k - below;
        return (_completions[below] * (1 - share)) + (_completions[Math.Min(below + 1, BatchLimit)] * share);
    }

    /// <summary>Share of a replica's time spent in prefill when it holds <paramref name="k"/> requests.</summary>
    public double PrefillShare(double k) => Math.Min(1, Completions(k) * PrefillSeconds);

    /// <summary>One decode step with <paramref name="k"/> requests, seconds.</summary>
    public double StepSeconds(double k) => Profile.DecodeStepSeconds(Math.Max(1, (int)Math.Round(k)));
}
