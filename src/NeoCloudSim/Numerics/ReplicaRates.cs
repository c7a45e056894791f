
namespace NeoCloudSim.Numerics;

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
    private const int BusyTablePoints = 128;
    private readonly Dictionary<int, double[]> _lastOccupancy = [];
    private readonly Dictionary<int, double[]> _busyTables = [];
    private readonly double[] _prefillPoints; // equally likely prefill iterations of one request, seconds
    private readonly double[] _prefillCumulative; // their running sum, for length-biased draws

    /// <summary>Rates of <paramref name="profile"/> for requests of <paramref name="meanOutputTokens"/> output tokens and
    /// <paramref name="meanPrefillWorkSeconds"/> of prefill work on average.</summary>
    /// <param name="profile">The replica's serving profile.</param>
    /// <param name="meanOutputTokens">Mean output tokens per request.</param>
    /// <param name="meanPrefillWorkSeconds">Mean prefill work per request, seconds (overhead excluded).</param>
    /// <param name="promptPoints">Equally likely prompt sizes, for the spread of prefill times (optional).</param>
    public ReplicaRates(IBatchServiceTimes profile, double meanOutputTokens, double meanPrefillWorkSeconds, int[]? promptPoints = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        _prefillPoints = promptPoints is { Length: > 0 } ? [.. promptPoints.Select(profile.PrefillSeconds)] : [profile.PrefillOverheadSeconds + meanPrefillWorkSeconds];
        _prefillCumulative = new double[_prefillPoints.Length];
        double running = 0, squares = 0;
        for (int i = 0; i < _prefillPoints.Length; i++)
        {
            running += _prefillPoints[i];
            squares += _prefillPoints[i] * _prefillPoints[i];
            _prefillCumulative[i] = running;
        }

        // A request that arrives during a prefill waits out the rest of it; long prefills are more likely to be hit.
        ResidualPrefillSpan = running > 0 ? squares / running : 0;
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

    /// <summary>
    /// Share of <paramref name="replicas"/> replicas holding at least one request when they accept
    /// <paramref name="arrivalRate"/> per second (<see cref="JoinShortestQueue"/>), interpolated in a table of 129 loads
    /// from 0 to full, built once per replica count: the occupancy model is solved 129 times, not at every step.
    /// </summary>
    public double BusyShare(int replicas, double arrivalRate)
    {
        if (replicas <= 0 || arrivalRate <= 0)
        {
            return 0;
        }

        double full = replicas * Completions(BatchLimit);
        if (!_busyTables.TryGetValue(replicas, out var table))
        {
            table = new double[BusyTablePoints + 1];
            for (int i = 1; i <= BusyTablePoints; i++)
            {
                table[i] = 1 - JoinShortestQueue.Occupancy(full * i / BusyTablePoints, replicas, this)[0];
            }

            _busyTables[replicas] = table;
        }

        double position = Math.Min(arrivalRate / full, 1) * BusyTablePoints;
        int below = Math.Min((int)position, BusyTablePoints - 1);
        double share = position - below;
        return (table[below] * (1 - share)) + (table[below + 1] * share);
    }

    /// <summary>The occupancy last solved for <paramref name="replicas"/> replicas with these rates (a warm start), or null.</summary>
    internal double[]? LastOccupancy(int replicas) => _lastOccupancy.TryGetValue(replicas, out var q) ? q : null;

    /// <summary>Keeps an occupancy for the next solve with as many replicas.</summary>
    internal void KeepOccupancy(int replicas, double[] q) => _lastOccupancy[replicas] = (double[])q.Clone();

    /// <summary>The serving profile.</summary>
    public IBatchServiceTimes Profile { get; }

    /// <summary>B, the most requests a replica holds.</summary>
    public int BatchLimit { get; }

    /// <summary>E[T²] / E[T] of the prefill times: twice the mean rest of a prefill found under way.</summary>
    public double ResidualPrefillSpan { get; }

    /// <summary>A prefill found under way by an arrival: drawn in proportion to its length (length-biased).</summary>
    public double SampleLengthBiasedPrefill(double u)
    {
        double target = u * _prefillCumulative[^1];
        int i = Array.BinarySearch(_prefillCumulative, target);
        i = i >= 0 ? i : ~i;
        return _prefillPoints[Math.Min(i, _prefillPoints.Length - 1)];
    }

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
