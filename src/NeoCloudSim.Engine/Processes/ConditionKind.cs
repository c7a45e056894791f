namespace NeoCloudSim.Engine.Processes;

/// <summary>How a <see cref="Condition"/> combines its events.</summary>
public enum ConditionKind
{
    /// <summary>Processed as soon as any one of its events is.</summary>
    AnyOf,

    /// <summary>Processed once all of its events are.</summary>
    AllOf,
}
