using NeoCloudSim.Demand;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Time;

namespace NeoCloudSim.Fluid;

/// <summary>
/// When a hybrid run simulates requests one by one: in each week, the busiest hours by the demand curves' rates
/// (noise included) and hours drawn at random among the others, each window preceded by a warm-up so that its
/// queues are not empty when it starts. Outside the windows traffic is fluid.
/// </summary>
public sealed class RequestWindows
{
    private readonly double[] _starts;
    private readonly double[] _ends;
    private readonly bool[] _busiest;

    private RequestWindows(List<(double Start, double End, bool Busiest)> windows, bool perSite = false)
    {
        PerSite = perSite;
        _starts = [.. windows.Select(w => w.Start)];
        _ends = [.. windows.Select(w => w.End)];
        _busiest = [.. windows.Select(w => w.Busiest)];
    }

    /// <summary>
    /// Whether each window simulates one site's requests rather than the whole fleet's: chosen when whole-fleet
    /// windows would not fit the request budget (a large fleet), so that windows stay long enough to measure.
    /// </summary>
    public bool PerSite { get; }

    /// <summary>No windows: fluid throughout.</summary>
    public static RequestWindows None { get; } = new([]);

    /// <summary>The windows, start and end in seconds, in time order (warm-up included).</summary>
    public IEnumerable<(double Start, double End)> All => _starts.Zip(_ends);

    /// <summary>Total request-level time, seconds.</summary>
    public double TotalSeconds => _starts.Zip(_ends).Sum(w => w.Second - w.First);

    /// <summary>Chooses the windows of a run of <paramref name="horizon"/> seconds.</summary>
    /// <param name="spec">How many windows a week, how long, how much warm-up.</param>
    /// <param name="curves">Demand curves; their summed hourly rate ranks the hours.</param>
    /// <param name="horizon">The run's length, seconds.</param>
    /// <param name="random">Draws the random hours.</param>
    /// <param name="sites">Sites in the fleet: with several, windows go per site when the fleet's would not fit.</param>
    public static RequestWindows Choose(TrafficSpec spec, IReadOnlyList<DemandCurve> curves, double horizon, RandomStream random, int sites = 1)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(random);
        double window = Durations.FromHours(spec.WindowHours);
        double warmUp = spec.WarmUpMinutes * 60;
        int hours = (int)Math.Ceiling(horizon / Durations.SecondsPerHour);
        var rate = new double[hours];
        foreach (var curve in curves)
        {
            for (int h = 0; h < hours; h++)
            {
                rate[h] += curve.RatePerSecond(h * Durations.SecondsPerHour);
            }
        }

        var chosen = new List<(double Start, bool Busiest)>();
        int week = 7 * 24;
        int windowHours = Math.Max(1, (int)Math.Ceiling(spec.WindowHours));
        for (int first = 0; first < hours; first += week)
        {
            // Window starts that fit in the week and the horizon.
            var starts = Enumerable.Range(first, Math.Min(week, hours - first)).Where(h => h + windowHours <= hours).ToList();
            var busiest = starts.OrderByDescending(h => rate[h]).ThenBy(h => h).Take(spec.BusiestWindowsPerWeek).ToList();
            chosen.AddRange(busiest.Select(h => (h * Durations.SecondsPerHour, true)));
            var others = starts.Except(busiest).ToList();
            for (int i = 0; i < spec.RandomWindowsPerWeek && others.Count > 0; i++)
            {
                int pick = random.NextIndex(others.Count);
                chosen.Add((others[pick] * Durations.SecondsPerHour, false));
                others.RemoveAt(pick);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        var fleet = WithinBudget(chosen, rate, spec, horizon, 1);
        bool perSite = sites > 1 && fleet.Count * 2 < chosen.Count; // the budget would keep under half of them
        if (perSite)
        {
            // One site's share of the requests (a busiest site may carry twice the mean); windows shortened, down to
            // ten minutes after a two-minute warm-up, so that at least eight of them fit the budget.
            double share = 2.0 / sites;
            double perWindow = chosen.Count > 0 ? rate.Average() * share * (Durations.FromHours(spec.WindowHours) + (spec.WarmUpMinutes * 60)) : 0;
            double shrink = perWindow > 0 ? Math.Min(1, spec.MaxWindowRequests / 8 / perWindow) : 1;
            spec = spec with { WindowHours = Math.Max(spec.WindowHours * shrink, 1 / 6.0), WarmUpMinutes = Math.Max(spec.WarmUpMinutes * shrink, 2) };
            window = Durations.FromHours(spec.WindowHours);
            warmUp = spec.WarmUpMinutes * 60;
            chosen = WithinBudget(chosen, rate, spec, horizon, share);
        }
        else
        {
            chosen = fleet;
        }
        var windows = new List<(double Start, double End, bool Busiest)>();
        foreach (var (start, isBusiest) in chosen)
        {
            double from = Math.Max(0, start - warmUp), to = Math.Min(horizon, start + window);
            if (windows.Count > 0 && from <= windows[^1].End)
            {
                windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, to), windows[^1].Busiest || isBusiest);
            }
            else
            {
                windows.Add((from, to, isBusiest));
            }
        }

        return new RequestWindows(windows, perSite);
    }

    /// <summary>
    /// The windows whose expected requests fit <see cref="TrafficSpec.MaxWindowRequests"/>: busiest-hour windows are
    /// dropped first (every other one, evenly over the run), then random ones the same way. The random windows are
    /// the run's latency sample; the busiest ones only stand for themselves.
    /// </summary>
    private static List<(double Start, bool Busiest)> WithinBudget(List<(double Start, bool Busiest)> chosen, double[] rate, TrafficSpec spec, double horizon, double share)
    {
        double Requests(double start)
        {
            double total = 0;
            for (double t = Math.Max(0, start - (spec.WarmUpMinutes * 60)); t < Math.Min(horizon, start + Durations.FromHours(spec.WindowHours)); t += 60)
            {
                total += rate[Math.Min(rate.Length - 1, (int)(t / Durations.SecondsPerHour))] * 60;
            }

            return total * share;
        }

        var kept = chosen.Select(w => (w.Start, w.Busiest, Requests: Requests(w.Start))).ToList();
        foreach (bool busiest in new[] { true, false })
        {
            while (kept.Sum(w => w.Requests) > spec.MaxWindowRequests && kept.Exists(w => w.Busiest == busiest))
            {
                // Every other window of the kind goes (the first stays), or the last one of it.
                var ofKind = kept.Where(w => w.Busiest == busiest).ToList();
                var dropped = ofKind.Count == 1 ? ofKind : [.. ofKind.Where((_, i) => i % 2 == 1)];
                kept.RemoveAll(dropped.Contains);
            }
        }

        return [.. kept.Select(w => (w.Start, w.Busiest))];
    }

    /// <summary>Whether requests are simulated one by one at <paramref name="seconds"/>.</summary>
    public bool Contains(double seconds) => IndexAt(seconds) >= 0;

    /// <summary>Whether <paramref name="seconds"/> falls in a window chosen as a week's busiest hour (rather than at random).</summary>
    public bool IsBusiest(double seconds) => IndexAt(seconds) is var i && i >= 0 && _busiest[i];

    private int IndexAt(double seconds)
    {
        int i = Array.BinarySearch(_starts, seconds);
        i = i >= 0 ? i : ~i - 1;
        return i >= 0 && seconds < _ends[i] ? i : -1;
    }

    /// <summary>The first window start or end after <paramref name="seconds"/> (+∞ when none).</summary>
    public double NextBoundary(double seconds)
    {
        int i = Array.BinarySearch(_starts, seconds);
        i = i >= 0 ? i + 1 : ~i;
        double next = i < _starts.Length ? _starts[i] : double.PositiveInfinity;
        int j = Array.BinarySearch(_ends, seconds);
        j = j >= 0 ? j + 1 : ~j;
        return j < _ends.Length ? Math.Min(next, _ends[j]) : next;
    }

    /// <summary>The start of the first window that ends after <paramref name="seconds"/> (+∞ when none).</summary>
    public double NextStart(double seconds)
    {
        if (Contains(seconds))
        {
            return seconds;
        }

        int i = Array.BinarySearch(_starts, seconds);
        i = i >= 0 ? i : ~i;
        return i < _starts.Length ? _starts[i] : double.PositiveInfinity;
    }
}
