namespace NeoCloudSim.Cli.Commands;

/// <summary>A replication crashed; the message gives the seed that reproduces it.</summary>
internal sealed class ReplicationFailedException : Exception
{
    public ReplicationFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ReplicationFailedException()
    {
    }

    public ReplicationFailedException(string message)
        : base(message)
    {
    }
}
