namespace NeoCloudSim.Time;

/// <summary>
/// Conversions between the units scenarios speak in (hours, days, months, years) and simulation seconds.
/// A month is a twelfth of a Julian year (30.4375 days): lead times and build times are averages, not calendar dates.
/// </summary>
public static class Durations
{
    /// <summary>Seconds in an hour.</summary>
    public const double SecondsPerHour = 3_600;

    /// <summary>Seconds in a day.</summary>
    public const double SecondsPerDay = 86_400;

    /// <summary>Seconds in a Julian year (365.25 days).</summary>
    public const double SecondsPerYear = 365.25 * SecondsPerDay;

    /// <summary>Seconds in a month (a twelfth of a Julian year).</summary>
    public const double SecondsPerMonth = SecondsPerYear / 12;

    /// <summary>Seconds in <paramref name="hours"/> hours.</summary>
    public static double FromHours(double hours) => hours * SecondsPerHour;

    /// <summary>Seconds in <paramref name="days"/> days.</summary>
    public static double FromDays(double days) => days * SecondsPerDay;

    /// <summary>Seconds in <paramref name="months"/> months.</summary>
    public static double FromMonths(double months) => months * SecondsPerMonth;

    /// <summary>Seconds in <paramref name="years"/> years.</summary>
    public static double FromYears(double years) => years * SecondsPerYear;
}
