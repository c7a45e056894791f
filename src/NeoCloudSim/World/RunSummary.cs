namespace NeoCloudSim.World;

/// <summary>The key figures of one run: the row a strategist compares.</summary>
public sealed record RunSummary
{
    /// <summary>Scenario name.</summary>
    public string Scenario { get; init; } = "";

    /// <summary>Root seed.</summary>
    public ulong Seed { get; init; }

    /// <summary>How traffic was simulated ("requests").</summary>
    public string Fidelity { get; init; } = "requests";

    /// <summary>Simulated days.</summary>
    public double HorizonDays { get; init; }

    /// <summary>Requests that arrived.</summary>
    public long Arrived { get; init; }

    /// <summary>Requests served by our sites.</summary>
    public long Served { get; init; }

    /// <summary>Of the requests served, those simulated one by one (all at requests fidelity, the windows' in hybrid).</summary>
    public long RequestsSimulated { get; init; }

    /// <summary>Requests that abandoned.</summary>
    public long Abandoned { get; init; }

    /// <summary>Requests rejected.</summary>
    public long Rejected { get; init; }

    /// <summary>Requests burst to partners.</summary>
    public long Burst { get; init; }

    /// <summary>Requests still in the system at the end.</summary>
    public long InFlightAtEnd { get; init; }

    /// <summary>Output tokens served by our sites.</summary>
    public long TokensOut { get; init; }

    /// <summary>Busy GPU-hours / up GPU-hours over the run.</summary>
    public double Utilization { get; init; }

    /// <summary>Stranded GPU-days over the run.</summary>
    public double StrandedGpuDays { get; init; }

    /// <summary>TTFT median over served interactive requests, ms.</summary>
    public double TtftP50Ms { get; init; }

    /// <summary>TTFT 99th percentile over served interactive requests, ms.</summary>
    public double TtftP99Ms { get; init; }

    /// <summary>Share of served requests within their SLO.</summary>
    public double SloAttainment { get; init; }

    /// <summary>Revenue net of SLA credits, USD.</summary>
    public double RevenueUsd { get; init; }

    /// <summary>Total cost, USD.</summary>
    public double CostUsd { get; init; }

    /// <summary>Revenue − cost, USD.</summary>
    public double MarginUsd { get; init; }

    /// <summary>Net present value of the cash flows at the scenario's discount rate, USD.</summary>
    public double NpvUsd { get; init; }

    /// <summary>Cost per million output tokens served, USD.</summary>
    public double CostPerMillionTokensUsd { get; init; }

    /// <summary>Calendar events fired.</summary>
    public long Events { get; init; }
}
