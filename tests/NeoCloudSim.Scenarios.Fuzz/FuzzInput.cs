namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>A mutated scenario ready to read: its bytes, the folder relative paths resolve from, <c>--set</c> values,
/// and what was done to it.</summary>
public sealed record FuzzInput
{
    /// <summary>The file's bytes (read as UTF-8, as <c>ScenarioReader.ReadFile</c> does).</summary>
    public required byte[] Bytes { get; init; }

    /// <summary>The seed file's folder: <c>extends:</c> and trace paths resolve from it.</summary>
    public required string Folder { get; init; }

    /// <summary>The seed file's path.</summary>
    public required string SeedPath { get; init; }

    /// <summary><c>--set</c> values read with the file (empty but for the overrides mutator).</summary>
    public IReadOnlyList<(string Path, string Value)> Overrides { get; init; } = [];

    /// <summary>What the mutator did, one step per entry (for the report and the finding's class).</summary>
    public List<string> Steps { get; init; } = [];

    /// <summary>Field paths the mutations touched, indices dropped (<c>sites[].feeds[].megawatts</c>): a hang's class.</summary>
    public List<string> Fields { get; init; } = [];

    /// <summary>Deepest nesting a mutation made (0 if none): deep inputs are also replayed in a child process, where a
    /// stack overflow ends only that process.</summary>
    public int Depth { get; init; }
}
