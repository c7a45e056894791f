using MathNet.Numerics.Distributions;
using NeoCloudSim.Compute;
using NeoCloudSim.Demand;

namespace NeoCloudSim.Fluid;

/// <summary>
/// What the fluid model needs of a stream's request sizes: the mean prompt and output tokens of the clamped
/// log-normal sizes the request-level model draws (exact partial moments, not samples), and a fixed set of
/// equally likely sizes (normal quantiles) to draw latency samples from.
/// </summary>
public sealed class TokenSizeMoments
{
    private const int Points = 256;

    /// <summary>Moments of <paramref name="prompt"/> and <paramref name="output"/> sizes.</summary>
    public TokenSizeMoments(TokenSizeSpec prompt, TokenSizeSpec output)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(output);
        MeanPromptTokens = ClampedMean(prompt, 1);
        MeanOutputTokens = ClampedMean(output, 1);
        MeanPromptSquared = ClampedMean(prompt, 2);
        PromptPoints = Quantiles(prompt);
        OutputPoints = Quantiles(output);
    }

    /// <summary>Moments of sizes already known (a trace's requests over a step).</summary>
    public TokenSizeMoments(double meanPrompt, double meanOutput, double meanPromptSquared, int[] promptPoints, int[] outputPoints)
    {
        MeanPromptTokens = meanPrompt;
        MeanOutputTokens = meanOutput;
        MeanPromptSquared = meanPromptSquared;
        PromptPoints = promptPoints;
        OutputPoints = outputPoints;
    }

    /// <summary>Mean prompt tokens per request.</summary>
    public double MeanPromptTokens { get; }

    /// <summary>Mean output tokens per request.</summary>
    public double MeanOutputTokens { get; }

    /// <summary>Mean of the squared prompt length (attention's quadratic prefill cost).</summary>
    public double MeanPromptSquared { get; }

    /// <summary>Equally likely prompt sizes.</summary>
    public int[] PromptPoints { get; }

    /// <summary>Equally likely output sizes.</summary>
    public int[] OutputPoints { get; }

    /// <summary>Mean prefill work of one request on <paramref name="profile"/>, seconds (without the per-iteration overhead).</summary>
    public double MeanPrefillWorkSeconds(ServingProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return (MeanPromptTokens / profile.PrefillTokensPerSecond
            + profile.PrefillMsPerThousandTokensSquared * MeanPromptSquared / 1e6 / 1000) / profile.ThroughputMultiplier;
    }

    /// <summary>E[min(max(X, min), max)^power] for X log-normal with the spec's median and p99.</summary>
    private static double ClampedMean(TokenSizeSpec spec, int power)
    {
        double sigma = spec.Sigma;
        double lo = spec.Min, hi = spec.Max;
        if (!(sigma > 0))
        {
            return Math.Pow(Math.Clamp(spec.Median, lo, hi), power);
        }

        double mu = Math.Log(spec.Median);
        double a = (Math.Log(lo) - mu) / sigma, b = (Math.Log(hi) - mu) / sigma;
        double below = Normal.CDF(0, 1, a), above = 1 - Normal.CDF(0, 1, b);
        // ∫ x^p f(x) dx over [lo, hi] = e^(pμ + p²σ²/2) [Φ(b − pσ) − Φ(a − pσ)]
        double inside = Math.Exp((power * mu) + (power * power * sigma * sigma / 2))
            * (Normal.CDF(0, 1, b - (power * sigma)) - Normal.CDF(0, 1, a - (power * sigma)));
        return (Math.Pow(lo, power) * below) + inside + (Math.Pow(hi, power) * above);
    }

    private static int[] Quantiles(TokenSizeSpec spec)
    {
        var points = new int[Points];
        for (int i = 0; i < Points; i++)
        {
            double z = Normal.InvCDF(0, 1, (i + 0.5) / Points);
            double value = spec.Sigma > 0 ? spec.Median * Math.Exp(spec.Sigma * z) : spec.Median;
            points[i] = (int)Math.Clamp(Math.Round(value), spec.Min, spec.Max);
        }

        return points;
    }
}
