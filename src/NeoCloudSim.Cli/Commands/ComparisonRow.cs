namespace NeoCloudSim.Cli.Commands;

/// <summary>One key figure compared between two strategies (A = first scenario, B = second).</summary>
internal sealed record ComparisonRow
{
    public required string Figure { get; init; }

    public required string Unit { get; init; }

    public double MeanA { get; init; }

    public double HalfWidthA { get; init; }

    public double MeanB { get; init; }

    public double HalfWidthB { get; init; }

    /// <summary>"A", "B" or "tie".</summary>
    public required string Better { get; init; }

    /// <summary>Two-sided p-value of Welch's t-test on the replication values (NaN with fewer than 2 each).</summary>
    public double PValue { get; init; }

    /// <summary>p below 0.05.</summary>
    public bool Significant { get; init; }
}
