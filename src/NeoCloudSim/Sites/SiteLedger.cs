using NeoCloudSim.Engine.Statistics;
using NeoCloudSim.Metrics;
using NeoCloudSim.Serving;

namespace NeoCloudSim.Sites;

/// <summary>
/// What a site has served, per class: the tallies of the current bucket and of the whole run, and the moving average of
/// service times that routing estimates read.
/// </summary>
/// <remarks>
/// The only part of a site that writes its tallies. <see cref="CloseBucket"/> hands the bucket's tallies over and starts
/// fresh ones, so a closed bucket is never written again.
/// </remarks>
internal sealed class SiteLedger
{
    /// <summary>Weight of the newest service time in <see cref="RecentServiceSeconds"/> (an exponential moving average
    /// over roughly the last hundred requests).</summary>
    internal const double RecentServiceWeight = 0.01;

    /// <summary>Service time, in seconds, assumed before any request has been served (a typical chat request).</summary>
    internal const double InitialServiceEstimateSeconds = 5;

    private readonly int _classCount;
    private readonly ServiceTally[] _run;
    private ServiceTally[] _bucket;

    public SiteLedger(int classCount)
    {
        _classCount = classCount;
        _bucket = NewTallies();
        _run = NewTallies();
    }

    /// <summary>Per class, what happened in the current bucket.</summary>
    public IReadOnlyList<ServiceTally> Bucket => _bucket;

    /// <summary>Per class, what happened since the start of the run.</summary>
    public IReadOnlyList<ServiceTally> Run => _run;

    /// <summary>Moving average of the time requests spend in a replica, in seconds.</summary>
    public double RecentServiceSeconds { get; private set; } = InitialServiceEstimateSeconds;

    public void Arrived(int workloadClass)
    {
        _bucket[workloadClass].Arrived++;
        _run[workloadClass].Arrived++;
    }

    public void Restarted(int workloadClass)
    {
        _bucket[workloadClass].Restarted++;
        _run[workloadClass].Restarted++;
    }

    public void Abandoned(int workloadClass)
    {
        _bucket[workloadClass].Abandoned++;
        _run[workloadClass].Abandoned++;
    }

    /// <summary>Records a request served one by one, in its class's tallies and in its cluster's.</summary>
    public void Served(InferenceRequest request, bool metSlo, ServiceTally clusterTally)
    {
        double serviceSeconds = request.CompletedAt - request.ServiceStartedAt;
        RecentServiceSeconds += (serviceSeconds - RecentServiceSeconds) * RecentServiceWeight;
        // Each latency's sketch bin is located once for the three tallies (a logarithm each).
        var run = _run[request.Class];
        var latency = new Latency(
            run.TtftSeconds.Sketch.Locate(request.TtftSeconds),
            run.QueueingDelaySeconds.Sketch.Locate(request.QueueingDelaySeconds),
            run.EndToEndSeconds.Sketch.Locate(request.EndToEndSeconds));
        Record(_bucket[request.Class], request, metSlo, latency);
        Record(run, request, metSlo, latency);
        Record(clusterTally, request, metSlo, latency);
    }

    /// <summary>Records requests of one class served as a flow: counts and tokens, and latency points each standing
    /// for several requests.</summary>
    public void ServedAsFlow(int workloadClass, ServiceTally clusterTally, FluidService service)
    {
        var run = _run[workloadClass];
        ReadOnlySpan<ServiceTally> tallies = [_bucket[workloadClass], run, clusterTally];
        foreach (var tally in tallies)
        {
            tally.Arrived += service.Served;
            tally.Served += service.Served;
            tally.ServedByFluid += service.Served;
            tally.TokensIn += service.TokensIn;
            tally.TokensOut += service.TokensOut;
            tally.SloMet += service.SloMet;
        }

        foreach (var (ttft, queueing, endToEnd, count) in service.Points)
        {
            // Each point's sketch bins are located once for the three tallies.
            var latency = new Latency(run.TtftSeconds.Sketch.Locate(ttft), run.QueueingDelaySeconds.Sketch.Locate(queueing), run.EndToEndSeconds.Sketch.Locate(endToEnd));
            foreach (var tally in tallies)
            {
                tally.TtftSeconds.Add(latency.Ttft, count);
                tally.QueueingDelaySeconds.Add(latency.QueueingDelay, count);
                tally.EndToEndSeconds.Add(latency.EndToEnd, count);
            }
        }
    }

    /// <summary>Hands the bucket's tallies over (they are not written again) and starts fresh ones.</summary>
    public ServiceTally[] CloseBucket()
    {
        var closed = _bucket;
        _bucket = NewTallies();
        return closed;
    }

    private static void Record(ServiceTally tally, InferenceRequest request, bool metSlo, in Latency latency)
    {
        tally.Served++;
        tally.TokensIn += request.PromptTokens;
        tally.TokensOut += request.OutputTokens;
        tally.SloMet += metSlo ? 1 : 0;
        tally.TtftSeconds.Add(latency.Ttft);
        tally.QueueingDelaySeconds.Add(latency.QueueingDelay);
        tally.EndToEndSeconds.Add(latency.EndToEnd);
    }

    private ServiceTally[] NewTallies()
    {
        var tallies = new ServiceTally[_classCount];
        for (int i = 0; i < tallies.Length; i++)
        {
            tallies[i] = new ServiceTally();
        }

        return tallies;
    }

    /// <summary>A served request's latencies, each with its sketch bin.</summary>
    private readonly record struct Latency(SketchedValue Ttft, SketchedValue QueueingDelay, SketchedValue EndToEnd);
}
