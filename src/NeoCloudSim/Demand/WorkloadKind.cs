namespace NeoCloudSim.Demand;

/// <summary>What kind of work a class of demand is, which sets how it is queued and judged.</summary>
public enum WorkloadKind
{
    /// <summary>Interactive inference: judged on time to first token against an SLO; users give up after their patience.</summary>
    Interactive,

    /// <summary>Batch inference: judged on a deadline; served only when no interactive request waits (fills idle capacity).</summary>
    Batch,
}
