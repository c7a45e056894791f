using NeoCloudSim.Numerics;

namespace NeoCloudSim.Compute;

/// <summary>How fast a replica of a SKU serves a model: prefill rate, decode step time and batch limit.</summary>
public sealed record ServingProfile : IBatchServiceTimes
{
    /// <summary>The model served, e.g. "llama2-70b".</summary>
    public string Model { get; init; } = "llama2-70b";

    /// <summary>GPUs per replica (tensor parallel degree).</summary>
    public int GpusPerReplica { get; init; } = 8;

    /// <summary>Linear prefill rate of one replica, prompt tokens per second.</summary>
    public double PrefillTokensPerSecond { get; init; }

    /// <summary>Fixed cost of a prefill iteration, in ms (kernel launches, scheduling).</summary>
    public double PrefillOverheadMs { get; init; }

    /// <summary>Attention's quadratic prefill cost, in ms per (1,000 tokens)² of each prompt.</summary>
    public double PrefillMsPerThousandTokensSquared { get; init; }

    /// <summary>a in decode step = a + b × batch, in ms.</summary>
    public double DecodeStepMs { get; init; }

    /// <summary>b in decode step = a + b × batch, in ms per request in the batch.</summary>
    public double DecodeStepMsPerRequest { get; init; }

    /// <summary>Largest number of requests decoded together.</summary>
    public int BatchLimit { get; init; } = 64;

    /// <summary>Serving-software speed-up: divides prefill and decode times (1 = none).</summary>
    public double ThroughputMultiplier { get; init; } = 1;

    /// <summary>License of that software, USD per GPU-hour installed and up (0 = none).</summary>
    public double SoftwareUsdPerGpuHour { get; init; }

    /// <summary>Duration of one decode step with <paramref name="batchSize"/> requests, in seconds.</summary>
    public double DecodeStepSeconds(int batchSize) =>
        (DecodeStepMs + DecodeStepMsPerRequest * batchSize) / 1000 / ThroughputMultiplier;

    /// <summary>Duration of a prefill iteration for one prompt of <paramref name="promptTokens"/> tokens, in seconds.</summary>
    public double PrefillSeconds(int promptTokens) => PrefillOverheadSeconds + PrefillWorkSeconds(promptTokens);

    /// <summary>The fixed part of a prefill iteration, in seconds, paid once per iteration whatever it holds.</summary>
    public double PrefillOverheadSeconds => PrefillOverheadMs / 1000 / ThroughputMultiplier;

    /// <summary>The part of a prefill iteration due to one prompt (linear and quadratic), in seconds.</summary>
    public double PrefillWorkSeconds(int promptTokens)
    {
        double thousands = promptTokens / 1000.0;
        return (promptTokens / PrefillTokensPerSecond + PrefillMsPerThousandTokensSquared * thousands * thousands / 1000) / ThroughputMultiplier;
    }
}
