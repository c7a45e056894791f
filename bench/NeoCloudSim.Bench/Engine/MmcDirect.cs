using NeoCloudSim.Engine;
using NeoCloudSim.Engine.Randomness;

namespace NeoCloudSim.Bench.Engine;

/// <summary>The M/M/c queue written with direct events: one handler, two tags, a FIFO of arrival times.</summary>
internal sealed class MmcDirect : IEventHandler
{
    private const long Arrival = 0;
    private const long Departure = 1;

    private readonly Simulation _simulation;
    private readonly MmcParameters _p;
    private readonly RandomStream _arrivals;
    private readonly RandomStream _services;
    private readonly Queue<double> _waiting = new();
    private int _busy;
    private long _customers;
    private long _started;
    private double _waitSum;

    private MmcDirect(Simulation simulation, MmcParameters p)
    {
        _simulation = simulation;
        _p = p;
        _arrivals = simulation.Random("arrivals");
        _services = simulation.Random("services");
    }

    public static MmcOutcome Run(MmcParameters p, ulong seed)
    {
        var simulation = new Simulation(seed);
        var model = new MmcDirect(simulation, p);
        simulation.Schedule(model._arrivals.NextExponential(p.ArrivalRate), model, Arrival);
        double allocPerEvent = SteadyStateAllocation.RunMeasured(simulation, p.Horizon);
        return new MmcOutcome(model._customers, simulation.EventsProcessed, model._waitSum / model._started, allocPerEvent);
    }

    public void Handle(long tag)
    {
        double now = _simulation.Now;
        if (tag == Arrival)
        {
            _customers++;
            _simulation.Schedule(_arrivals.NextExponential(_p.ArrivalRate), this, Arrival);
            if (_busy < _p.Servers)
            {
                _busy++;
                _started++;
                _simulation.Schedule(_services.NextExponential(_p.ServiceRate), this, Departure);
            }
            else
            {
                _waiting.Enqueue(now);
            }
        }
        else if (_waiting.TryDequeue(out double arrivedAt))
        {
            _started++;
            _waitSum += now - arrivedAt;
            _simulation.Schedule(_services.NextExponential(_p.ServiceRate), this, Departure);
        }
        else
        {
            _busy--;
        }
    }
}
