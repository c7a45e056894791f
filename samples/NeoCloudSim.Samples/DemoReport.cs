using System.Globalization;
using NeoCloudSim.Engine.Queueing;
using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Samples;

/// <summary>What the demo measured, and the Erlang C prediction for the same site without failures.</summary>
internal sealed record DemoReport(
    ulong Seed,
    long Served,
    long Restarted,
    long Failures,
    Tally Waits,
    double ShareWaiting,
    double Utilization,
    double Availability,
    long Events,
    TimeSpan WallTime)
{
    public void Print(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        double erlangWait = ErlangC.MeanWaitInQueue(EdgeSiteDemo.Replicas, EdgeSiteDemo.ArrivalRate, EdgeSiteDemo.ServiceRate);
        double erlangShare = ErlangC.ProbabilityOfWaiting(EdgeSiteDemo.Replicas, EdgeSiteDemo.ArrivalRate / EdgeSiteDemo.ServiceRate);
        output.WriteLine(string.Create(c, $"NeoCloudSim engine demo: one edge site, {EdgeSiteDemo.Replicas} GPU replicas, {EdgeSiteDemo.ArrivalRate} requests/s, 24 h, seed {Seed}"));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"  requests served            {Served,12:N0}"));
        output.WriteLine(string.Create(c, $"  replica failures           {Failures,12:N0}   (restarted requests: {Restarted:N0})"));
        output.WriteLine(string.Create(c, $"  replica availability       {Availability,12:P2}"));
        output.WriteLine(string.Create(c, $"  replica utilization        {Utilization,12:P2}"));
        output.WriteLine(string.Create(c, $"  wait in queue, mean        {Waits.Mean,12:F3} s   (Erlang C without failures: {erlangWait:F3} s)"));
        output.WriteLine(string.Create(c, $"  wait in queue, p50/p95/p99 {Waits.P50,6:F3} / {Waits.P95:F3} / {Waits.P99:F3} s"));
        output.WriteLine(string.Create(c, $"  share of requests waiting  {ShareWaiting,12:P2}   (Erlang C without failures: {erlangShare:P2})"));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"  {Events:N0} events in {WallTime.TotalSeconds:F2} s wall time"));
    }
}
