using System.Globalization;

namespace NeoCloudSim.Scenarios.Limits;

/// <summary>
/// The values a scenario number may take: finite, from <see cref="Min"/> (excluded when <see cref="MinExcluded"/>) to
/// <see cref="Max"/>, in <see cref="Unit"/>. Says in words what is wrong with a value outside it.
/// </summary>
/// <param name="Min">Smallest value allowed.</param>
/// <param name="Max">Largest value allowed.</param>
/// <param name="Unit">Unit for messages ("days", "MW"); empty for plain numbers.</param>
/// <param name="MinExcluded">True when <see cref="Min"/> itself is not allowed (a positive number).</param>
public readonly record struct NumberRange(double Min, double Max, string Unit = "", bool MinExcluded = false)
{
    /// <summary>Zero or more, up to <paramref name="max"/>.</summary>
    public static NumberRange ZeroTo(double max, string unit = "") => new(0, max, unit);

    /// <summary>More than zero, up to <paramref name="max"/>.</summary>
    public static NumberRange PositiveTo(double max, string unit = "") => new(0, max, unit, MinExcluded: true);

    /// <summary>True when <paramref name="value"/> is finite and inside the range.</summary>
    public bool Contains(double value) =>
        double.IsFinite(value) && (MinExcluded ? value > Min : value >= Min) && value <= Max;

    /// <summary>What is wrong with <paramref name="value"/>, or null when it is inside the range.</summary>
    public string? Problem(double value)
    {
        if (Contains(value))
        {
            return null;
        }

        string found = Format(value);
        if (double.IsFinite(value) && Min == 0 && value < 0 && !MinExcluded)
        {
            return $"must be zero or more, not {found}";
        }

        if (double.IsFinite(value) && Min == 0 && value <= 0 && MinExcluded)
        {
            return $"must be positive, not {found}";
        }

        return $"must {(double.IsFinite(value) ? "" : "be a finite number and ")}lie in {Describe()}, not {found}";
    }

    /// <summary>The range as an interval with its unit: "[0, 1]", "(0, 100] kW".</summary>
    public string Describe() => $"{(MinExcluded ? "(" : "[")}{Format(Min)}, {Format(Max)}]{UnitSuffix}";

    private string UnitSuffix => Unit.Length == 0 ? "" : " " + Unit;

    /// <summary>A number as scenario files write it (invariant culture, shortest round-trip form).</summary>
    public static string Format(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "infinity" : double.IsNegativeInfinity(value) ? "-infinity"
        : value.ToString(CultureInfo.InvariantCulture) is { Length: <= 12 } exact ? exact : value.ToString("G6", CultureInfo.InvariantCulture);
}
