using System.Globalization;
using NeoCloudSim.Demand;
using NeoCloudSim.Scenarios.Limits;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Reads a growth series (<c>date,multiplier</c> rows after a header) into piecewise growth points, through a bounded
/// stream with bounded lines, so that a huge or endless file fails fast. Problems name the file and line.
/// </summary>
internal static class GrowthCsvReader
{
    public static List<GrowthPoint> Read(string path, DateTime start, Action<string> problem)
    {
        var points = new List<GrowthPoint>();
        int number = 0;
        int bad = 0;
        try
        {
            using var reader = BoundedFile.OpenText(path, ScenarioLimits.MaxGrowthCsvBytes, "growth CSV file");
            while (BoundedLines.Next(reader, ScenarioLimits.MaxLineChars) is { } line)
            {
                number++;
                if (number == 1 || line.Trim().Length == 0)
                {
                    continue; // the header
                }

                var parts = line.Split(',');
                if (parts.Length != 2
                    || !DateTime.TryParse(parts[0].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
                    || !double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double multiplier)
                    || !ScenarioLimits.GrowthMultiplier.Contains(multiplier)
                    || date < ScenarioLimits.EarliestDate || date > ScenarioLimits.LatestDate)
                {
                    if (++bad <= 5)
                    {
                        problem(string.Create(CultureInfo.InvariantCulture, $"{path}:{number}:1: expected 'date,multiplier' with a date from {ScenarioLimits.EarliestDate:yyyy-MM-dd} to {ScenarioLimits.LatestDate:yyyy-MM-dd} and a multiplier {ScenarioLimits.GrowthMultiplier.Describe()}, found '{BoundedFile.Excerpt(line)}'"));
                    }

                    continue;
                }

                if (points.Count == ScenarioLimits.MaxGrowthPoints)
                {
                    problem(string.Create(CultureInfo.InvariantCulture, $"{path}:{number}:1: more than {ScenarioLimits.MaxGrowthPoints} rows, the most a growth series may have"));
                    return points;
                }

                points.Add(new GrowthPoint { Years = (date - start).TotalDays / 365.25, Multiplier = multiplier });
            }
        }
        catch (ScenarioException error)
        {
            problem(error.Message.StartsWith(path, StringComparison.Ordinal) ? error.Message : string.Create(CultureInfo.InvariantCulture, $"{path}:{number + 1}:1: {error.Message}"));
            return points;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problem($"{path}: cannot read the growth CSV file: {error.Message}");
            return points;
        }

        if (points.Count == 0 && bad == 0)
        {
            problem($"{path}: holds no 'date,multiplier' rows");
        }

        return points;
    }
}
