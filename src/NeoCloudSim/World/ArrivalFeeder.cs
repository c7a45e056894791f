using NeoCloudSim.Demand;
using NeoCloudSim.Engine;

namespace NeoCloudSim.World;

/// <summary>Feeds one arrival stream into the world: one calendar entry per arrival, scheduled when the previous fires.</summary>
internal sealed class ArrivalFeeder : INamedEventHandler
{
    private readonly Simulation _simulation;
    private readonly IArrivalStream _stream;
    private readonly Action<int, int, Arrival> _arrive;
    private Arrival _next;

    public ArrivalFeeder(Simulation simulation, int region, int workloadClass, IArrivalStream stream, Action<int, int, Arrival> arrive)
    {
        _simulation = simulation;
        Region = region;
        Class = workloadClass;
        _stream = stream;
        _arrive = arrive;
        ScheduleNext();
    }

    public int Region { get; }

    public int Class { get; }

    /// <inheritdoc/>
    public string DescribeEvent(EventTag tag) => "ArrivalFeeder NextArrival";

    public void Handle(long tag)
    {
        _arrive(Region, Class, _next);
        ScheduleNext();
    }

    private void ScheduleNext()
    {
        if (_stream.TryNext(out _next))
        {
            _simulation.ScheduleAt(Math.Max(_next.Time, _simulation.Now), this);
        }
    }
}
