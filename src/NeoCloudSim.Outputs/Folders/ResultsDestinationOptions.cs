namespace NeoCloudSim.Outputs.Folders;

/// <summary>How a results folder may be claimed.</summary>
public sealed record ResultsDestinationOptions
{
    /// <summary>Replace an existing results folder (<c>--force</c>); only one NeoCloudSim wrote is ever replaced.</summary>
    public bool Replace { get; init; }

    /// <summary>Files or folders the results folder must never hold or be: the scenario files being run.</summary>
    public IReadOnlyList<string> Protected { get; init; } = [];

    /// <summary>The directory the command runs in (default: the current one); it and its parents are never written.</summary>
    public string? WorkingDirectory { get; init; }
}
