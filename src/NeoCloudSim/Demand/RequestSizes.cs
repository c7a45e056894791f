using NeoCloudSim.Engine.Randomness;

namespace NeoCloudSim.Demand;

/// <summary>Draws prompt and output token counts from two log-normal size distributions.</summary>
public sealed class RequestSizes
{
    private readonly TokenSizeSpec _prompt;
    private readonly TokenSizeSpec _output;
    private readonly RandomStream _random;

    /// <summary>Creates the sampler.</summary>
    public RequestSizes(TokenSizeSpec prompt, TokenSizeSpec output, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(random);
        _prompt = prompt;
        _output = output;
        _random = random;
    }

    /// <summary>Draws one request's (prompt, output) token counts.</summary>
    public (int Prompt, int Output) Next() => (Draw(_prompt), Draw(_output));

    private int Draw(TokenSizeSpec spec)
    {
        double sigma = spec.Sigma;
        double value = sigma > 0 ? spec.Median * Math.Exp(sigma * _random.NextStandardNormal()) : spec.Median;
        return (int)Math.Clamp(Math.Round(value), spec.Min, spec.Max);
    }
}
