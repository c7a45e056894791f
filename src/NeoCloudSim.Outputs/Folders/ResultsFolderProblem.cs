namespace NeoCloudSim.Outputs.Folders;

/// <summary>Why a results folder cannot be written.</summary>
public enum ResultsFolderProblem
{
    /// <summary>The path itself is unusable (empty, or holds characters no path may hold).</summary>
    InvalidPath,

    /// <summary>Something exists there and replacing it was not asked for.</summary>
    Exists,

    /// <summary>Replacing was asked for, but what is there was not written by NeoCloudSim, or is a file.</summary>
    NotResults,

    /// <summary>The folder is the current directory, one of its parents, or holds the scenario being run.</summary>
    Protected,

    /// <summary>Another NeoCloudSim process is writing the same folder.</summary>
    InUse,

    /// <summary>The place cannot be written (no permission, read-only or full file system, a pseudo file system).</summary>
    NotWritable,
}
