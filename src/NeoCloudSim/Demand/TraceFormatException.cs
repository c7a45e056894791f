namespace NeoCloudSim.Demand;

/// <summary>A trace file that does not have the expected format; the message names the file, line and column.</summary>
public sealed class TraceFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TraceFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TraceFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public TraceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
