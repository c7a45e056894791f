namespace NeoCloudSim.Demand;

/// <summary>
/// Replays a recorded trace: arrivals at the recorded offsets (divided by a time scale, 2 = twice as fast) from a
/// start time, with the recorded sizes; optionally looped until a horizon.
/// </summary>
public sealed class TraceArrivalStream : IArrivalStream
{
    private readonly IReadOnlyList<TraceRecord> _records;
    private readonly double _start;
    private readonly double _timeScale;
    private readonly bool _repeat;
    private readonly double _horizon;
    private readonly double _span;
    private int _index;
    private int _loop;

    /// <summary>Creates the replay.</summary>
    /// <param name="records">The trace.</param>
    /// <param name="startSeconds">Simulation time of the trace's first request.</param>
    /// <param name="timeScale">Speed-up: offsets are divided by it; positive.</param>
    /// <param name="repeat">Whether to loop the trace until the horizon.</param>
    /// <param name="horizonSeconds">No arrivals at or after this time.</param>
    public TraceArrivalStream(IReadOnlyList<TraceRecord> records, double startSeconds, double timeScale, bool repeat, double horizonSeconds)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(timeScale);
        _records = records;
        _start = startSeconds;
        _timeScale = timeScale;
        _repeat = repeat;
        _horizon = horizonSeconds;
        // One loop lasts the recorded span plus the mean gap, so loops do not overlap.
        double recorded = records.Count > 0 ? records[^1].OffsetSeconds : 0;
        _span = (records.Count > 1 ? recorded * records.Count / (records.Count - 1) : 1) / timeScale;
    }

    /// <inheritdoc/>
    public bool TryNext(out Arrival arrival)
    {
        if (_index == _records.Count && _repeat && _records.Count > 0)
        {
            _index = 0;
            _loop++;
        }

        if (_index < _records.Count)
        {
            var record = _records[_index];
            double time = _start + _loop * _span + record.OffsetSeconds / _timeScale;
            if (time < _horizon)
            {
                _index++;
                arrival = new Arrival(time, record.PromptTokens, record.OutputTokens);
                return true;
            }
        }

        arrival = default;
        return false;
    }
}
