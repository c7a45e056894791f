using NeoCloudSim.Engine.Processes;
using NeoCloudSim.Engine.Resources;
using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Engine.Tests.Queueing;

/// <summary>
/// One replication of an M/M/c queue written as processes on a <see cref="Resource"/>, measured after a warm-up:
/// waits of customers who arrive after the warm-up, and the time-weighted number in system and in queue.
/// </summary>
internal sealed class MmcRun
{
    private readonly Simulation _simulation;
    private readonly Resource _servers;
    private readonly double _arrivalRate;
    private readonly double _serviceRate;
    private readonly double _warmUp;

    private MmcRun(ulong seed, int servers, double arrivalRate, double serviceRate, double warmUp)
    {
        _simulation = new Simulation(seed);
        _servers = new Resource(_simulation, servers, "servers");
        _arrivalRate = arrivalRate;
        _serviceRate = serviceRate;
        _warmUp = warmUp;
        InSystem = new TimeWeightedMonitor(0, 0);
        InQueue = new TimeWeightedMonitor(0, 0);
    }

    public Tally Waits { get; } = new();

    public Tally Sojourns { get; } = new();

    public long Waited { get; private set; }

    public long Arrived { get; private set; }

    public TimeWeightedMonitor InSystem { get; }

    public TimeWeightedMonitor InQueue { get; }

    public double MeasuredSpan { get; private set; }

    public double ShareWaited => (double)Waited / Waits.Count;

    public static MmcRun Simulate(ulong seed, int servers, double arrivalRate, double serviceRate, double warmUp, double horizon)
    {
        var run = new MmcRun(seed, servers, arrivalRate, serviceRate, warmUp);
        run._simulation.Process(run.Source(), "source");
        run._simulation.Run(warmUp);
        run.InSystem.Reset(warmUp);
        run.InQueue.Reset(warmUp);
        run._simulation.Run(horizon);
        run.MeasuredSpan = horizon - warmUp;
        return run;
    }

    private IEnumerable<Event> Source()
    {
        var interArrivals = _simulation.Random("arrivals");
        while (true)
        {
            yield return _simulation.Timeout(interArrivals.NextExponential(_arrivalRate));
            _simulation.Process(Customer());
        }
    }

    private IEnumerable<Event> Customer()
    {
        var service = _simulation.Random("service");
        double arrivedAt = _simulation.Now;
        bool measured = arrivedAt >= _warmUp;
        if (measured)
        {
            Arrived++;
        }

        InSystem.Add(arrivedAt, +1);
        InQueue.Add(arrivedAt, +1);
        using (var server = _servers.Request())
        {
            yield return server;
            InQueue.Add(_simulation.Now, -1);
            double wait = _simulation.Now - arrivedAt;
            if (measured)
            {
                Waits.Add(wait);
                if (wait > 0)
                {
                    Waited++;
                }
            }

            yield return _simulation.Timeout(service.NextExponential(_serviceRate));
        }

        InSystem.Add(_simulation.Now, -1);
        if (measured)
        {
            Sojourns.Add(_simulation.Now - arrivedAt);
        }
    }
}
