namespace NeoCloudSim.Demand;

/// <summary>The growth of a demand curve: the multiplier on its base rate as years pass.</summary>
public sealed record GrowthSpec
{
    /// <summary>Constant, exponential, logistic or piecewise.</summary>
    public GrowthKind Kind { get; init; } = GrowthKind.Constant;

    /// <summary>Exponential: factor per year (3 = demand triples every year).</summary>
    public double AnnualFactor { get; init; } = 1;

    /// <summary>Logistic: the multiplier the curve tends to.</summary>
    public double Ceiling { get; init; } = 1;

    /// <summary>Logistic: years at which growth is fastest.</summary>
    public double MidpointYears { get; init; } = 1;

    /// <summary>Logistic: steepness, per year.</summary>
    public double SteepnessPerYear { get; init; } = 2;

    /// <summary>Csv: path of a file of <c>date,multiplier</c> rows after a header, relative to the scenario file.</summary>
    public string CsvPath { get; init; } = "";

    /// <summary>Piecewise: the points, in any order.</summary>
    public List<GrowthPoint> Points { get; init; } = [];

    /// <summary>The multiplier <paramref name="years"/> after the start (1 at the start for every kind but piecewise).</summary>
    public double MultiplierAt(double years)
    {
        switch (Kind)
        {
            case GrowthKind.Constant:
                return 1;
            case GrowthKind.Exponential:
                return Math.Pow(AnnualFactor, years);
            case GrowthKind.Logistic:
                // S-curve from 1 at t = 0 toward the ceiling: 1 + (C − 1) (s(t) − s(0)) / (1 − s(0)), s the logistic.
                double s0 = Sigmoid(-MidpointYears * SteepnessPerYear);
                double st = Sigmoid((years - MidpointYears) * SteepnessPerYear);
                return 1 + (Ceiling - 1) * (st - s0) / (1 - s0);
            case GrowthKind.Piecewise:
                return Piecewise(years);
            case GrowthKind.Csv:
                throw new InvalidOperationException($"CSV growth ('{CsvPath}') must be read into points before the run; the scenario reader does it.");
            default:
                throw new InvalidOperationException($"Unknown growth kind {Kind}.");
        }
    }

    private double Piecewise(double years)
    {
        if (Points.Count == 0)
        {
            return 1;
        }

        var sorted = new List<GrowthPoint>(Points);
        sorted.Sort((a, b) => a.Years.CompareTo(b.Years));
        if (years <= sorted[0].Years)
        {
            return sorted[0].Multiplier;
        }

        for (int i = 1; i < sorted.Count; i++)
        {
            if (years <= sorted[i].Years)
            {
                var a = sorted[i - 1];
                var b = sorted[i];
                double w = (years - a.Years) / (b.Years - a.Years);
                return a.Multiplier + w * (b.Multiplier - a.Multiplier);
            }
        }

        return sorted[^1].Multiplier;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
