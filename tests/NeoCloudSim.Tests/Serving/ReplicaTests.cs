using NeoCloudSim.Compute;
using NeoCloudSim.Engine;
using NeoCloudSim.Serving;

namespace NeoCloudSim.Tests.Serving;

public sealed class ReplicaTests
{
    // Step = 10 ms + 1 ms per request in the batch; prefill 1,000 tokens/s: easy to compute by hand.
    private static readonly ServingProfile Profile = new()
    {
        GpusPerReplica = 8,
        PrefillTokensPerSecond = 1_000,
        DecodeStepMs = 10,
        DecodeStepMsPerRequest = 1,
        BatchLimit = 4,
    };

    private sealed class Host : IReplicaHost
    {
        public LinkedList<InferenceRequest> Queue { get; } = new();

        public List<InferenceRequest> Completed { get; } = [];

        public List<(double Time, bool Busy)> BusyChanges { get; } = [];

        public Simulation Simulation { get; init; } = null!;

        public InferenceRequest? TakeNext(Replica replica)
        {
            if (Queue.First is null)
            {
                return null;
            }

            var next = Queue.First.Value;
            Queue.RemoveFirst();
            return next;
        }

        public void OnServiceStarted(InferenceRequest request, Replica replica)
        {
        }

        public void OnFirstToken(InferenceRequest request)
        {
        }

        public void OnCompleted(InferenceRequest request) => Completed.Add(request);

        public void Requeue(InferenceRequest request) => Queue.AddFirst(request);

        public void OnBusyChanged(Replica replica, bool busy) => BusyChanges.Add((Simulation.Now, busy));

        public void OnLoadChanged(Replica replica)
        {
        }
    }

    private static (Simulation, Host, Replica) Setup()
    {
        var simulation = new Simulation();
        var host = new Host { Simulation = simulation };
        return (simulation, host, new Replica(simulation, Profile, host, 0));
    }

    private static InferenceRequest Arrive(Simulation simulation, Host host, Replica replica, long id, double at, int prompt, int output)
    {
        var request = new InferenceRequest { Id = id, ArrivedAt = at, PromptTokens = prompt, OutputTokens = output };
        simulation.ScheduleAt(at, new Callback(() =>
        {
            host.Queue.AddLast(request);
            replica.Wake();
        }));
        return request;
    }

    private sealed class Callback(Action action) : IEventHandler
    {
        public void Handle(long tag) => action();
    }

    [Fact]
    public void A_lone_request_gets_its_first_token_after_prefill_and_one_token_per_step()
    {
        var (simulation, host, replica) = Setup();
        var a = Arrive(simulation, host, replica, 1, 0, prompt: 100, output: 5);
        simulation.Run();

        Assert.Equal(0.1, a.FirstTokenAt, 12);               // 100 tokens at 1,000 tokens/s
        Assert.Equal(0.1 + 4 * 0.011, a.CompletedAt, 12);    // 4 more tokens, steps of 11 ms
        Assert.Equal([(0.0, true), (a.CompletedAt, false)], host.BusyChanges);
    }

    [Fact]
    public void A_request_arriving_mid_decode_joins_at_the_next_step_boundary()
    {
        var (simulation, host, replica) = Setup();
        var a = Arrive(simulation, host, replica, 1, 0, prompt: 100, output: 5);
        var b = Arrive(simulation, host, replica, 2, 0.125, prompt: 100, output: 5);
        simulation.Run();

        // a decodes from 0.1 in 11 ms steps; b arrives at 0.125, inside the third step, and is admitted at its end
        // (0.133), after which a has 1 token left. b's prefill pauses a: b's first token at 0.233.
        Assert.Equal(0.133, b.ServiceStartedAt, 12);
        Assert.Equal(0.233, b.FirstTokenAt, 12);
        // Both decode together in 12 ms steps: a finishes after one, b after three more (11 ms each, alone).
        Assert.Equal(0.245, a.CompletedAt, 12);
        Assert.Equal(0.245 + 3 * 0.011, b.CompletedAt, 12);
        Assert.Equal(0.108, b.TtftSeconds, 12);
    }

    [Fact]
    public void Beyond_the_batch_limit_requests_wait_for_a_completion()
    {
        var (simulation, host, replica) = Setup();
        var requests = Enumerable.Range(0, 5).Select(i => Arrive(simulation, host, replica, i, 0, prompt: 10, output: 3)).ToArray();
        simulation.Run();

        // The first request wakes the replica alone (the others arrive at the same time but after it);
        // the prefill of 10 tokens takes 10 ms.
        Assert.Equal(0.0, requests[0].ServiceStartedAt);
        Assert.All(requests, r => Assert.Equal(RequestState.Completed, r.State));
        Assert.Equal(5, host.Completed.Count);
        Assert.True(requests[4].ServiceStartedAt > 0, "the fifth request must wait for room in the batch");
        var maxConcurrent = requests.Max(r => requests.Count(o => o.ServiceStartedAt <= r.ServiceStartedAt && o.CompletedAt > r.ServiceStartedAt));
        Assert.True(maxConcurrent <= Profile.BatchLimit);
    }

    [Fact]
    public void A_failure_sends_the_requests_back_to_the_queue_and_repair_serves_them_again()
    {
        var (simulation, host, replica) = Setup();
        var a = Arrive(simulation, host, replica, 1, 0, prompt: 100, output: 50);
        simulation.ScheduleAt(0.2, new Callback(replica.Fail));
        simulation.ScheduleAt(1.0, new Callback(replica.Repair));
        simulation.Run();

        Assert.Equal(1, a.Restarts);
        Assert.Equal(0.1, a.FirstTokenAt, 12);                       // the user saw the first token before the failure
        Assert.Equal(1.0 + 0.1 + 49 * 0.011, a.CompletedAt, 9);      // served again from the start after repair
        Assert.Contains((0.2, false), host.BusyChanges);
    }
}
