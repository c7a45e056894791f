using NeoCloudSim.Engine.Statistics;

namespace NeoCloudSim.Metrics;

/// <summary>What happened to the requests of one class at one site in one bucket (or over the whole run).</summary>
public sealed class ServiceTally
{
    /// <summary>Requests routed to the site.</summary>
    public long Arrived { get; internal set; }

    /// <summary>Requests that got all their output tokens.</summary>
    public long Served { get; internal set; }

    /// <summary>Requests that left the queue after their patience ran out.</summary>
    public long Abandoned { get; internal set; }

    /// <summary>Requests thrown back into the queue by a replica failure (a request may count several times).</summary>
    public long Restarted { get; internal set; }

    /// <summary>Prompt tokens of served requests.</summary>
    public long TokensIn { get; internal set; }

    /// <summary>Output tokens of served requests.</summary>
    public long TokensOut { get; internal set; }

    /// <summary>Served requests that met their class's SLO.</summary>
    public long SloMet { get; internal set; }

    /// <summary>Of the requests served, those the fluid model served as flows (the rest were simulated one by one).</summary>
    public long ServedByFluid { get; internal set; }

    /// <summary>Time to first token of served requests, in seconds.</summary>
    public Tally TtftSeconds { get; } = new("ttft_s");

    /// <summary>Queueing delay (service start − arrival at the site) of served requests, in seconds.</summary>
    public Tally QueueingDelaySeconds { get; } = new("queueing_delay_s");

    /// <summary>End-to-end latency of served requests, in seconds.</summary>
    public Tally EndToEndSeconds { get; } = new("e2e_s");

    /// <summary>Adds the counts and distributions of <paramref name="other"/>.</summary>
    public void Merge(ServiceTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Arrived += other.Arrived;
        Served += other.Served;
        Abandoned += other.Abandoned;
        Restarted += other.Restarted;
        TokensIn += other.TokensIn;
        TokensOut += other.TokensOut;
        SloMet += other.SloMet;
        ServedByFluid += other.ServedByFluid;
        TtftSeconds.Merge(other.TtftSeconds);
        QueueingDelaySeconds.Merge(other.QueueingDelaySeconds);
        EndToEndSeconds.Merge(other.EndToEndSeconds);
    }
}
