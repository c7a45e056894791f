namespace NeoCloudSim.Routing;

/// <summary>What happens to a request no site of ours can take.</summary>
public enum OverflowKind
{
    /// <summary>Turn it away.</summary>
    Reject,

    /// <summary>Send it to the fastest partner cloud with room, at the partner's price plus a markup; reject if none has room.</summary>
    Burst,
}
