namespace NeoCloudSim.Serving;

/// <summary>What a replica needs from its site: requests to serve, and someone to tell about their progress.</summary>
internal interface IReplicaHost
{
    /// <summary>The next request the site wants <paramref name="replica"/> to serve, taken out of its queue; null
    /// when none waits or the replica is reserved for a contract.</summary>
    InferenceRequest? TakeNext(Replica replica);

    /// <summary>A request's prefill started on <paramref name="replica"/>.</summary>
    void OnServiceStarted(InferenceRequest request, Replica replica);

    /// <summary>A request produced its first token.</summary>
    void OnFirstToken(InferenceRequest request);

    /// <summary>A request produced its last token.</summary>
    void OnCompleted(InferenceRequest request);

    /// <summary>A request lost its replica (failure) and must be queued again, ahead of the others.</summary>
    void Requeue(InferenceRequest request);

    /// <summary>The replica went from idle to busy or back.</summary>
    void OnBusyChanged(Replica replica, bool busy);

    /// <summary>The replica's load or room may have changed: it planned its next iteration, or it failed.</summary>
    void OnLoadChanged(Replica replica);
}
