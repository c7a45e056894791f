namespace NeoCloudSim.Cli;

/// <summary>What the neocloudsim command's exit code means.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Unexpected failure (a bug, or the machine: a disk that filled up while writing); nothing was written.</summary>
    public const int Failure = 1;

    /// <summary>The scenario or the command line is invalid; nothing was run or written.</summary>
    public const int InvalidInput = 2;

    /// <summary>The results folder cannot be used: it exists (without --force), is not NeoCloudSim's to replace, is
    /// being written by another run, or its place is not writable; nothing was run or written.</summary>
    public const int OutputExists = 3;

    /// <summary>Stopped by Ctrl+C (the shell's convention, 128 + SIGINT); nothing was written.</summary>
    public const int Cancelled = 130;

    /// <summary>Stopped by SIGTERM (128 + 15); nothing was written.</summary>
    public const int Terminated = 143;
}
