namespace NeoCloudSim.Numerics;

/// <summary>
/// What the queueing kernels need of a replica's speed: its batch limit and how long a prefill and a decode step take.
/// Implemented by the serving model (<c>Compute.ServingProfile</c>), so the kernels know no domain type.
/// </summary>
public interface IBatchServiceTimes
{
    /// <summary>Requests a replica serves at once, at most.</summary>
    int BatchLimit { get; }

    /// <summary>Fixed seconds of every prefill, whatever the prompt.</summary>
    double PrefillOverheadSeconds { get; }

    /// <summary>Seconds to prefill a prompt of <paramref name="promptTokens"/> tokens.</summary>
    double PrefillSeconds(int promptTokens);

    /// <summary>Seconds of one decode step with <paramref name="batchSize"/> requests in the batch.</summary>
    double DecodeStepSeconds(int batchSize);
}
