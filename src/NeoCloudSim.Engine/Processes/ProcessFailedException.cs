namespace NeoCloudSim.Engine.Processes;

/// <summary>
/// Thrown out of a run when a process's code throws or leaves an interrupt or a failed event unhandled; names the
/// process and the simulated time, and carries the original exception as <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class ProcessFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProcessFailedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ProcessFailedException()
        : base("A simulation process failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public ProcessFailedException(string message)
        : base(message)
    {
    }
}
