namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>What became of one input.</summary>
public enum Verdict
{
    /// <summary>The loader returned a scenario and the world ran it until cancelled (or to its end) without throwing.</summary>
    Accepted,

    /// <summary>The loader threw <c>ScenarioException</c>.</summary>
    Refused,

    /// <summary>Anything else: a property broken.</summary>
    Finding,
}
