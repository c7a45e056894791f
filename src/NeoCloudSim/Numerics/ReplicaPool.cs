using NeoCloudSim.Engine.Randomness;

namespace NeoCloudSim.Numerics;

/// <summary>
/// A site's serving replicas of one SKU seen as one birth–death queue, the fluid model's M/G/c-type approximation
/// in which the batch slots are the servers. State n is the requests held: an arrival takes an idle replica if there
/// is one, else joins the least-loaded replica with room (so n spreads as n/R per replica), else waits; up to
/// R·B + K requests (K the waiting room the routing's fullness rule allows), beyond which arrivals are turned away.
/// Completions in state n: n·X(1) while n ≤ R, R·X(n/R) up to R·B, R·X(B) beyond.
/// </summary>
/// <remarks>
/// The stationary distribution is computed outwards from its mode and cut where it falls below e⁻²⁰ of the mode, so the cost grows with the spread of the distribution (about √(R·B)), not with R·B.
/// One piece because the distribution, its truncation and the figures read from it (blocking, held, waiting, delay
/// and their sensitivities) share one state array and its cut points; split, each part would have to re-derive them.
/// </remarks>
public sealed class ReplicaPool
{
    private static readonly double Negligible = Math.Exp(-20);

    [ThreadStatic]
    private static double[]? _down;

    [ThreadStatic]
    private static double[]? _up;

    [ThreadStatic]
    private static double[]? _chain;

    private readonly ReplicaRates _rates;
    private double _spilling;
    private double _joining;
    private double _accepted;
    private double? _busyReplicas;
    private double _balancedBusy;
    private double? _meanQueueingDelay;

    /// <summary>From this many replicas on, requests are taken as spread evenly (min(n, R) busy): imbalance fades
    /// with size, and the occupancy model's cost is not worth paying at every step.</summary>
    private const int ManyReplicas = 32;
    private double[] _cumulative = [];
    private int _first;
    private int _stride = 1;

    /// <summary>A pool of <paramref name="replicas"/> replicas with <paramref name="rates"/>, waiting room <paramref name="waitingRoom"/>.</summary>
    public ReplicaPool(ReplicaRates rates, int replicas, int waitingRoom)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentOutOfRangeException.ThrowIfNegative(replicas);
        _rates = rates;
        Replicas = replicas;
        Slots = replicas * rates.BatchLimit;
        Capacity = Slots + Math.Max(0, waitingRoom);
    }

    /// <summary>States (or blocks of states) the solved distribution holds, a double each.</summary>
    public int StatesHeld => _cumulative.Length;

    /// <summary>The replicas' rates.</summary>
    public ReplicaRates Rates => _rates;

    /// <summary>A number for <see cref="Rates"/> given by whoever keeps solved pools (the fluid model's cache key).</summary>
    internal int RatesId { get; init; }

    /// <summary>R.</summary>
    public int Replicas { get; }

    /// <summary>R·B.</summary>
    public int Slots { get; }

    /// <summary>R·B + K: the most requests held.</summary>
    public int Capacity { get; }

    /// <summary>Most completions per second the pool can give, R·X(B).</summary>
    public double MaxThroughput => Replicas * _rates.Completions(_rates.BatchLimit);

    /// <summary>Share of the spilling arrivals turned away: those that only join while a slot is free.</summary>
    public double SpillBlocking { get; private set; }

    /// <summary>Share of the other arrivals turned away (the pool full).</summary>
    public double Blocking { get; private set; }

    /// <summary>How <see cref="SpillBlocking"/> and <see cref="Blocking"/> move with the spilling and joining rates
    /// the pool was solved for (for the routing's Newton steps).</summary>
    public BlockingSensitivity Sensitivity { get; private set; }

    /// <summary>Mean replicas holding at least one request: from <see cref="JoinShortestQueue"/> for pools of fewer than
    /// 32 replicas, from the even spread min(n, R) beyond.</summary>
    public double BusyReplicas => _busyReplicas ??= Replicas < ManyReplicas ? Replicas * _rates.BusyShare(Replicas, _accepted) : _balancedBusy;

    /// <summary>Mean requests held (waiting or served).</summary>
    public double InSystem { get; private set; }

    /// <summary>Mean requests waiting for a slot.</summary>
    public double Waiting { get; private set; }

    /// <summary>Mean time from arrival to service start of accepted requests, seconds (worked out when first asked:
    /// the routing iteration solves many pools that are never asked).</summary>
    public double MeanQueueingDelay => _meanQueueingDelay ??= MeanDelayOfAccepted();

    /// <summary>Mean requests per busy replica.</summary>
    public double MeanBatch => BusyReplicas > 0 ? (InSystem - Waiting) / BusyReplicas : 0;

    /// <summary>Share of a replica's time in prefill when it holds <paramref name="k"/> requests.</summary>
    public double PrefillShare(double k) => _rates.PrefillShare(k);

    /// <summary>States per block: 1 (exact) unless the distribution around <paramref name="mode"/> spreads over more
    /// than some 48 states, then about a sixth of its standard deviation (√(λ / μ′)).</summary>
    private int Stride(int mode)
    {
        // Only an interior mode of a slowly varying chain is walked in blocks: where the distribution is pressed
        // against an end (an overloaded pool at its capacity) it changes geometrically and is walked state by state.
        if (mode <= 0 || mode >= Capacity - 1)
        {
            return 1;
        }

        int d = Math.Max(1, mode / 100);
        int lo = Math.Max(1, mode - d), hi = Math.Min(Capacity, mode + d);
        double slope = hi > lo ? (CompletionRate(hi) - CompletionRate(lo)) / (hi - lo) : 0;
        if (slope <= 0)
        {
            return 1;
        }

        double sigma = Math.Sqrt(ArrivalRateIn(mode) / slope);
        return sigma >= 48 ? Math.Max(1, Math.Min((int)(sigma / 6), (Capacity - mode) / 4)) : 1;
    }

    /// <summary>A per-thread buffer of at least <paramref name="length"/> values (the distribution before it is copied out).</summary>
    private static double[] Scratch(ref double[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length + 1)
        {
            buffer = new double[Math.Max(length + 1, (buffer?.Length ?? 0) * 2)];
        }

        return buffer;
    }

    /// <summary>Completions per second in state n.</summary>
    public double CompletionRate(int n)
    {
        if (n <= Replicas)
        {
            return n * _rates.Completions(1);
        }

        return Replicas * _rates.Completions(Math.Min((double)n / Replicas, _rates.BatchLimit));
    }

    /// <summary>Solves the stationary distribution for arrivals at <paramref name="arrivalRate"/> per second.</summary>
    public void Solve(double arrivalRate) => Solve(0, arrivalRate);

    /// <summary>
    /// Solves the stationary distribution for two kinds of arrivals: <paramref name="spillingRate"/> per second that
    /// only join while a slot is free (latency-aware routing sends them elsewhere when they would wait), and
    /// <paramref name="arrivalRate"/> per second that join while the pool is not full.
    /// </summary>
    public void Solve(double spillingRate, double arrivalRate)
    {
        _spilling = Math.Max(0, spillingRate);
        _joining = Math.Max(0, arrivalRate);
        if (Replicas == 0 || _spilling + _joining <= 0)
        {
            _cumulative = [1];
            _first = 0;
            _stride = 1;
            SpillBlocking = Blocking = Replicas == 0 ? 1 : 0;
            Sensitivity = default;
            _accepted = 0;
            _busyReplicas = 0;
            InSystem = Waiting = 0;
            _meanQueueingDelay = 0;
            return;
        }

        int mode = Mode();
        // Outwards from the mode, in plain ratios (no logarithms: this is the fluid model's inner loop):
        // p(n−1) = p(n) μ(n) / λ(n−1); p(n+1) = p(n) λ(n) / μ(n+1); cut below e⁻²⁰ of the mode. A wide distribution
        // (a large pool whose completion rate barely grows with n) is walked in blocks of g states, each taken as
        // flat, g chosen so that its standard deviation spans some 6 blocks.
        _stride = Stride(mode);
        int g = _stride;
        var down = Scratch(ref _down, (mode / g) + 1);
        int downCount = 0;
        double ratio = 1;
        for (int n = mode; n - g >= 0; n -= g)
        {
            ratio *= g == 1 ? CompletionRate(n) / ArrivalRateIn(n - 1) : Math.Pow(CompletionRate(n - (g / 2)) / ArrivalRateIn(n - (g / 2) - 1), g);
            if (ratio < Negligible)
            {
                break;
            }

            down[downCount++] = ratio;
        }

        var up = Scratch(ref _up, ((Capacity - mode) / g) + 1);
        int upCount = 0;
        ratio = 1;
        for (int n = mode; n + g <= Capacity && ArrivalRateIn(n) > 0; n += g)
        {
            ratio *= g == 1 ? ArrivalRateIn(n) / CompletionRate(n + 1) : Math.Pow(ArrivalRateIn(n + (g / 2)) / CompletionRate(n + (g / 2) + 1), g);
            if (ratio < Negligible)
            {
                break;
            }

            up[upCount++] = ratio;
        }

        _first = mode - (downCount * g);
        int states = downCount + 1 + upCount;
        var probability = Scratch(ref _chain, states);
        for (int i = 0; i < downCount; i++)
        {
            probability[downCount - 1 - i] = down[i];
        }

        probability[downCount] = 1;
        Array.Copy(up, 0, probability, downCount + 1, upCount);

        double total = 0;
        for (int i = 0; i < states; i++)
        {
            total += probability[i];
        }

        double inSystem = 0, waiting = 0, full = 0, noSlot = 0, accepted = 0, balanced = 0;
        // For the sensitivities: d log p(n) / d(spilling rate) = min(n, S) / (spilling + joining) + const, and by the
        // joining rate the same plus (n − S)⁺ / joining; a share's derivative is its covariance with these.
        double perAll = 1 / (_spilling + _joining), perJoining = _joining > 0 ? 1 / _joining : 0;
        double bySpilling = 0, byJoining = 0, noSlotBySpilling = 0, noSlotByJoining = 0, fullBySpilling = 0, fullByJoining = 0;
        _cumulative = new double[states]; // all a solved pool keeps of its distribution: what sampling needs
        for (int i = 0; i < states; i++)
        {
            double p = probability[i] / total;
            var (start, size, mid) = Block(i);
            inSystem += p * mid;
            balanced += p * Math.Min(mid, Replicas);
            waiting += p * Math.Max(0, mid - Slots);
            double isFull = start + size - 1 >= Capacity ? p / size : 0;
            double hasNoSlot = p * Math.Clamp((start + size - Slots) / (double)size, 0, 1);
            full += isFull;
            noSlot += hasNoSlot;
            double gSpilling = Math.Min(mid, Slots) * perAll, gJoining = gSpilling + (Math.Max(0, mid - Slots) * perJoining);
            bySpilling += p * gSpilling;
            byJoining += p * gJoining;
            noSlotBySpilling += hasNoSlot * gSpilling;
            noSlotByJoining += hasNoSlot * gJoining;
            fullBySpilling += isFull * gSpilling;
            fullByJoining += isFull * gJoining;
            // Arrivals see state n in proportion to p(n) and to the rate of those that join in n (PASTA).
            int n = (int)Math.Round(mid);
            double joins = p * (start + size - 1 >= Capacity ? ArrivalRateIn(n) * (size - 1) / size : ArrivalRateIn(n));
            accepted += joins;
            _cumulative[i] = accepted;
        }

        SpillBlocking = noSlot;
        Blocking = full;
        Sensitivity = new BlockingSensitivity(
            noSlotBySpilling - (noSlot * bySpilling),
            noSlotByJoining - (noSlot * byJoining),
            fullBySpilling - (full * bySpilling),
            fullByJoining - (full * byJoining));
        // Busy replicas: the aggregate chain spreads requests perfectly (min(n, R) busy); in fact replicas go idle
        // while others hold several, which the occupancy model of the replicas' own choice rule captures.
        _accepted = accepted;
        _balancedBusy = balanced;
        _busyReplicas = null;
        InSystem = inSystem;
        Waiting = waiting;
        _meanQueueingDelay = null;
    }

    /// <summary>The <paramref name="i"/>th block of the solved distribution: its first state, its states (the last
    /// block stopping at capacity) and its middle.</summary>
    private (int Start, int Size, double Mid) Block(int i)
    {
        int start = _first + (i * _stride);
        int size = Math.Min(_stride, Capacity - start + 1);
        return (start, size, start + ((size - 1) / 2.0));
    }

    /// <summary>The mean of <see cref="MeanDelaySeen"/> over the accepted arrivals, from the kept cumulative weights.</summary>
    private double MeanDelayOfAccepted()
    {
        double delay = 0, before = 0;
        for (int i = 0; i < _cumulative.Length; i++)
        {
            int n = (int)Math.Round(Block(i).Mid);
            delay += (_cumulative[i] - before) * MeanDelaySeen(Math.Min(n, Capacity - 1));
            before = _cumulative[i];
        }

        return before > 0 ? delay / before : 0;
    }

    /// <summary>Arrivals per second that join in state n.</summary>
    private double ArrivalRateIn(int n) => n >= Capacity ? 0 : n < Slots ? _spilling + _joining : _joining;

    /// <summary>Draws the queueing delay of an accepted arrival (PASTA: it sees the stationary state).</summary>
    public double SampleQueueingDelay(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int n = SampleState(random);
        if (n < Replicas)
        {
            return 0;
        }

        if (n < Slots)
        {
            return SampleAdmissionWait(Math.Min((double)n / Replicas, _rates.BatchLimit), random);
        }

        // Behind n − R·B + 1 completions of the full pool (an Erlang wait); the completion that frees the slot starts
        // the replica's next iteration at once.
        double rate = MaxThroughput;
        double wait = 0;
        int stages = n - Slots + 1;
        if (stages <= 32)
        {
            for (int s = 0; s < stages; s++)
            {
                wait += random.NextExponential(rate);
            }
        }
        else
        {
            // Many stages: the sum is close to normal with mean m/μ and standard deviation √m/μ.
            double z = MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1);
            wait = Math.Max(0, (stages + (z * Math.Sqrt(stages))) / rate);
        }

        return wait;
    }

    /// <summary>Mean delay of an arrival that sees n requests (n below capacity).</summary>
    private double MeanDelaySeen(int n)
    {
        if (n < Replicas)
        {
            return 0;
        }

        return n < Slots ? MeanAdmissionWait(Math.Min((double)n / Replicas, _rates.BatchLimit)) : (n - Slots + 1) / MaxThroughput;
    }

    /// <summary>
    /// Mean wait to be admitted when no replica is idle. The least-loaded replica is woken and takes the request at
    /// its next decode step boundary, or at the end of the prefill under way; but any other busy replica that starts
    /// an iteration first (at a completion or a prefill's end, about 2·X(k) a second each) takes it instead.
    /// </summary>
    private double MeanAdmissionWait(double k)
    {
        double prefillShare = _rates.PrefillShare(k);
        double competing = Math.Max(0, Replicas - 1) * 2 * _rates.Completions(k);
        return ((1 - prefillShare) * MeanMinUniformExponential(_rates.StepSeconds(k), competing))
            + (prefillShare * MeanMinUniformExponential(_rates.ResidualPrefillSpan, competing));
    }

    /// <summary>A draw of the admission wait of <see cref="MeanAdmissionWait"/>.</summary>
    private double SampleAdmissionWait(double k, RandomStream random)
    {
        double prefillShare = _rates.PrefillShare(k);
        double span = random.NextUniform() < prefillShare ? _rates.SampleLengthBiasedPrefill(random.NextUniform()) : _rates.StepSeconds(k);
        double own = random.NextUniform() * span;
        double competing = Math.Max(0, Replicas - 1) * 2 * _rates.Completions(k);
        return competing > 0 ? Math.Min(own, random.NextExponential(competing)) : own;
    }

    /// <summary>E[min(U(0, a), Exp(c))] = 1/c − (1 − e^(−ca)) / (c² a); a/2 when c = 0.</summary>
    private static double MeanMinUniformExponential(double a, double c)
    {
        if (a <= 0)
        {
            return 0;
        }

        double x = c * a;
        return x < 1e-6 ? a / 2 : (1 / c) - ((1 - Math.Exp(-x)) / (c * x));
    }

    private int SampleState(RandomStream random)
    {
        // An accepted arrival sees n in proportion to p(n) λ(n); the cumulative weights were kept by Solve.
        double u = random.NextUniform() * _cumulative[^1];
        int i = Array.BinarySearch(_cumulative, u);
        i = i >= 0 ? i + 1 : ~i;
        int block = Math.Min(i, _cumulative.Length - 1);
        int state = _first + (block * _stride) + (_stride > 1 ? random.NextIndex(_stride) : 0);
        return Math.Min(state, Capacity - 1);
    }

    private int Mode()
    {
        // The first state whose completion rate reaches its arrival rate: μ(n) grows with n and λ(n) does not.
        int lo = 0, hi = Capacity;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (CompletionRate(mid + 1) >= ArrivalRateIn(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
