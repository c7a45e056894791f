using NeoCloudSim.Engine;
using NeoCloudSim.Serving;
using NeoCloudSim.Sites;

namespace NeoCloudSim.Tests.Sites;

/// <summary>The patience watch abandons exactly the requests, at exactly the times, that one timer per request did.</summary>
public sealed class PatienceWatchTests
{
    private const double Patience = 2.0;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Abandons_as_one_timer_per_request_would(int seed)
    {
        var withWatch = Drive(seed, useWatch: true);
        var withTimers = Drive(seed, useWatch: false);

        Assert.Equal(withTimers.Abandons, withWatch.Abandons);
        Assert.True(withTimers.Abandons.Count > 50, $"only {withTimers.Abandons.Count} abandons: the test exercises too little");
        Assert.True(withTimers.AbandonedAfterRequeue > 0, "no request abandoned after a requeue: the test exercises too little");
        Assert.True(withWatch.Events < withTimers.Events, "the watch should need fewer calendar entries than one timer per request");
    }

    [Fact]
    public void A_request_served_before_its_deadline_never_abandons()
    {
        var simulation = new Simulation();
        var abandoned = new List<long>();
        var watch = new PatienceWatch(simulation, Patience, r => abandoned.Add(r.Id));
        var request = new InferenceRequest { Id = 1 };
        watch.Watch(request);
        simulation.Schedule(1.0, new Act(() => request.State = RequestState.Decoding));
        simulation.Run();

        Assert.Empty(abandoned);
        Assert.Equal(0, watch.Watched);
    }

    [Fact]
    public void A_request_requeued_after_its_deadline_passed_never_abandons()
    {
        var simulation = new Simulation();
        var abandoned = new List<long>();
        var watch = new PatienceWatch(simulation, Patience, r => abandoned.Add(r.Id));
        var request = new InferenceRequest { Id = 1 };
        watch.Watch(request);
        simulation.Schedule(1.0, new Act(() => request.State = RequestState.Decoding));
        simulation.Schedule(3.0, new Act(() =>
        {
            request.State = RequestState.Waiting;
            watch.Requeued(request);
        }));
        simulation.Run();

        Assert.Empty(abandoned);
    }

    private static Outcome Drive(int seed, bool useWatch)
    {
        var simulation = new Simulation();
        var random = new Random(seed);
        var outcome = new Outcome();
        var waiting = new List<InferenceRequest>();
        var inService = new List<InferenceRequest>();
        var requeued = new HashSet<long>();
        void Abandon(InferenceRequest request)
        {
            if (request.State != RequestState.Waiting)
            {
                return;
            }

            request.State = RequestState.Abandoned;
            waiting.Remove(request);
            outcome.Abandons.Add((request.Id, simulation.Now));
            outcome.AbandonedAfterRequeue += requeued.Contains(request.Id) ? 1 : 0;
        }

        var watch = new PatienceWatch(simulation, Patience, Abandon);
        long nextId = 0;
        Act? step = null;
        step = new Act(() =>
        {
            double action = random.NextDouble();
            if (action < 0.5)
            {
                var request = new InferenceRequest { Id = nextId++ };
                waiting.Add(request);
                if (useWatch)
                {
                    watch.Watch(request);
                }
                else
                {
                    simulation.Schedule(Patience, new Act(() => Abandon(request)));
                }
            }
            else if (action < 0.75 && waiting.Count > 0)
            {
                var request = waiting[0];
                waiting.RemoveAt(0);
                request.State = RequestState.Decoding;
                inService.Add(request);
            }
            else if (action < 0.85 && inService.Count > 0)
            {
                var request = inService[random.Next(inService.Count)];
                inService.Remove(request);
                request.State = RequestState.Waiting;
                waiting.Insert(0, request);
                requeued.Add(request.Id);
                if (useWatch)
                {
                    watch.Requeued(request);
                }
            }
            else if (inService.Count > 0)
            {
                var request = inService[random.Next(inService.Count)];
                inService.Remove(request);
                request.State = RequestState.Completed;
            }

            if (simulation.Now < 500)
            {
                simulation.Schedule(random.NextDouble() * 0.4, step!);
            }
        });
        simulation.Schedule(0, step);
        simulation.Run();
        outcome.Events = simulation.EventsProcessed;
        return outcome;
    }

    private sealed class Outcome
    {
        public List<(long Id, double Time)> Abandons { get; } = [];

        public int AbandonedAfterRequeue { get; set; }

        public long Events { get; set; }
    }

    private sealed class Act(Action action) : IEventHandler
    {
        public void Handle(long tag) => action();
    }
}
