namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>One class of finding: how often it was hit, its first message, and the inputs kept to reproduce it.</summary>
public sealed class Finding(string name, string message, string detail)
{
    /// <summary>The class (phase, exception type, first frame of ours; or the hang's fields).</summary>
    public string Name { get; } = name;

    /// <summary>The first input's message, first line.</summary>
    public string Message { get; } = message;

    /// <summary>The first input's exception as text.</summary>
    public string Detail { get; } = detail;

    /// <summary>Inputs that hit it.</summary>
    public int Count { get; set; }

    /// <summary>Files of the first inputs that hit it (each with its .txt of seed, folder, --set values and steps).</summary>
    public List<string> Inputs { get; } = [];

    /// <summary>Mutators whose inputs hit it.</summary>
    public SortedSet<MutatorKind> Mutators { get; } = [];
}
