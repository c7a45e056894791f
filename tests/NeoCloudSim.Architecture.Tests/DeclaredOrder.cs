using System.Text.RegularExpressions;

namespace NeoCloudSim.Architecture.Tests;

/// <summary>
/// An order of layers read from a section of <c>docs/architecture.md</c>: a numbered list, lowest first, where one
/// line may name several peers ("3. Metrics, Money") that must not reference each other.
/// </summary>
public sealed partial class DeclaredOrder
{
    private readonly Dictionary<string, int> _levels;

    public DeclaredOrder(Dictionary<string, int> levels) => _levels = levels;

    /// <summary>The level of <paramref name="name"/>, or null when the order does not name it.</summary>
    public int? LevelOf(string name) => _levels.TryGetValue(name, out int level) ? level : null;

    public IEnumerable<string> Names => _levels.Keys;

    /// <summary>Reads the numbered list under the heading <paramref name="heading"/> of <paramref name="markdown"/>.</summary>
    public static DeclaredOrder Parse(string markdown, string heading)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        bool inSection = false;
        foreach (string raw in markdown.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSection = line[3..].Trim() == heading;
                continue;
            }

            var item = ListItem().Match(line);
            if (inSection && item.Success)
            {
                int level = int.Parse(item.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                string names = item.Groups[2].Value.Split(" — ")[0].Split(" - ")[0];
                foreach (string name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    levels[name.Trim('`')] = level;
                }
            }
        }

        return levels.Count > 0 ? new DeclaredOrder(levels) : throw new InvalidOperationException($"docs/architecture.md has no numbered list under '## {heading}'.");
    }

    [GeneratedRegex(@"^(\d+)\.\s+(.+)$")]
    private static partial Regex ListItem();
}
