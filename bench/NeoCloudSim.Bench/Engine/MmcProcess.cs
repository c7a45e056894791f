using NeoCloudSim.Engine;
using NeoCloudSim.Engine.Processes;
using NeoCloudSim.Engine.Randomness;
using NeoCloudSim.Engine.Resources;

namespace NeoCloudSim.Bench.Engine;

/// <summary>The M/M/c queue written as SimPy users write it: a source process and one process per customer.</summary>
internal sealed class MmcProcess
{
    private readonly Simulation _simulation;
    private readonly MmcParameters _p;
    private readonly Resource _servers;
    private readonly RandomStream _arrivals;
    private readonly RandomStream _services;
    private long _customers;
    private long _started;
    private double _waitSum;

    private MmcProcess(Simulation simulation, MmcParameters p)
    {
        _simulation = simulation;
        _p = p;
        _servers = new Resource(simulation, p.Servers, "servers");
        _arrivals = simulation.Random("arrivals");
        _services = simulation.Random("services");
    }

    public static MmcOutcome Run(MmcParameters p, ulong seed)
    {
        var simulation = new Simulation(seed);
        var model = new MmcProcess(simulation, p);
        simulation.Process(model.Source(), "source");
        double allocPerEvent = SteadyStateAllocation.RunMeasured(simulation, p.Horizon);
        return new MmcOutcome(model._customers, simulation.EventsProcessed, model._waitSum / model._started, allocPerEvent);
    }

    private IEnumerable<Event> Source()
    {
        while (true)
        {
            yield return _simulation.Timeout(_arrivals.NextExponential(_p.ArrivalRate));
            _customers++;
            _simulation.Process(Customer());
        }
    }

    private IEnumerable<Event> Customer()
    {
        double arrivedAt = _simulation.Now;
        using var server = _servers.Request();
        yield return server;
        _started++;
        _waitSum += _simulation.Now - arrivedAt;
        yield return _simulation.Timeout(_services.NextExponential(_p.ServiceRate));
    }
}
