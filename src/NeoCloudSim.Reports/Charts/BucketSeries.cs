using NeoCloudSim.Outputs.Parquet;

namespace NeoCloudSim.Reports.Charts;

/// <summary>
/// The buckets of a run (from sites.parquet) and per-bucket sums of any table keyed by <c>bucket_start</c>, each
/// computed in one pass over the rows.
/// </summary>
internal sealed class BucketSeries
{
    private readonly Dictionary<DateTime, int> _index;

    public BucketSeries(ResultFrame sites)
    {
        var starts = sites.Times("bucket_start");
        var hours = sites.Numbers("bucket_hours");
        var distinct = starts.Distinct().Order().ToArray();
        _index = new Dictionary<DateTime, int>(distinct.Length);
        for (int i = 0; i < distinct.Length; i++)
        {
            _index[distinct[i]] = i;
        }

        Starts = distinct;
        Hours = new double[distinct.Length];
        for (int r = 0; r < starts.Length; r++)
        {
            Hours[_index[starts[r]]] = hours[r];
        }
    }

    /// <summary>Bucket starts, UTC, ascending.</summary>
    public DateTime[] Starts { get; }

    /// <summary>Length of each bucket, hours.</summary>
    public double[] Hours { get; }

    /// <summary>When the run ended: the end of the last bucket.</summary>
    public DateTime End => Starts.Length == 0 ? DateTime.MinValue : Starts[^1].AddHours(Hours[^1]);

    /// <summary>End of each bucket.</summary>
    public DateTime[] Ends => [.. Starts.Select((s, i) => s.AddHours(Hours[i]))];

    /// <summary>A column summed per bucket over the rows whose <paramref name="filter"/> holds (all rows without one).</summary>
    public double[] Sum(ResultFrame table, string column, Func<int, bool>? filter = null)
    {
        var starts = table.Times("bucket_start");
        var values = table.Numbers(column);
        var sums = new double[Starts.Length];
        for (int r = 0; r < starts.Length; r++)
        {
            if ((filter is null || filter(r)) && _index.TryGetValue(starts[r], out int i))
            {
                sums[i] += values[r];
            }
        }

        return sums;
    }

    /// <summary>Events of <paramref name="kind"/> in buildout.parquet, their <paramref name="column"/> accumulated up to
    /// each bucket's end (GPUs ordered so far, MW requested so far).</summary>
    public double[] Cumulative(ResultFrame buildOut, string kind, string column, Func<int, bool>? filter = null)
    {
        var times = buildOut.Times("time");
        var kinds = buildOut.Texts("kind");
        var values = buildOut.Numbers(column);
        var events = new List<(DateTime Time, double Value)>();
        for (int r = 0; r < times.Length; r++)
        {
            if (kinds[r] == kind && (filter is null || filter(r)))
            {
                events.Add((times[r], values[r]));
            }
        }

        events.Sort((a, b) => a.Time.CompareTo(b.Time));
        var ends = Ends;
        var totals = new double[ends.Length];
        double total = 0;
        int next = 0;
        for (int i = 0; i < ends.Length; i++)
        {
            while (next < events.Count && events[next].Time < ends[i])
            {
                total += events[next++].Value;
            }

            totals[i] = total;
        }

        return totals;
    }
}
