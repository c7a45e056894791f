namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>Which mutator made a fuzz input from its seed file.</summary>
public enum MutatorKind
{
    /// <summary>Parsed to YamlDotNet's representation model; nodes replaced by hostile values, deleted, duplicated,
    /// aliased or wrapped in deep nesting; emitted again.</summary>
    Structural,

    /// <summary>The file's bytes: bit flips, tabs, BOMs, NULs, invalid UTF-8, truncation, lines dropped or doubled.</summary>
    Textual,

    /// <summary>Lines of two seed files spliced together.</summary>
    Splice,

    /// <summary>The seed file unchanged, read with random <c>--set</c> paths and values.</summary>
    Overrides,
}
