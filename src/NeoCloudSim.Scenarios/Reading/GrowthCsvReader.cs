using System.Globalization;
using NeoCloudSim.Demand;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>Reads a growth series (<c>date,multiplier</c> rows after a header) into piecewise growth points.</summary>
internal static class GrowthCsvReader
{
    public static List<GrowthPoint> Read(string path, DateTime start, string field, List<string> problems)
    {
        var points = new List<GrowthPoint>();
        if (!File.Exists(path))
        {
            problems.Add($"{field}: no such file '{path}'");
            return points;
        }

        var lines = File.ReadAllLines(path);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var parts = lines[i].Split(',');
            if (parts.Length != 2
                || !DateTime.TryParse(parts[0].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
                || !double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double multiplier)
                || !(multiplier >= 0))
            {
                problems.Add($"{Path.GetFileName(path)}:{i + 1}:1: expected 'date,multiplier' with a non-negative multiplier, found '{lines[i]}' ({field})");
                continue;
            }

            points.Add(new GrowthPoint { Years = (date - start).TotalDays / 365.25, Multiplier = multiplier });
        }

        if (points.Count == 0)
        {
            problems.Add($"{field}: '{path}' holds no 'date,multiplier' rows");
        }

        return points;
    }
}
