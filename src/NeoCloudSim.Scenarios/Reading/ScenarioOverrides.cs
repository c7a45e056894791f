using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Values set from the command line (<c>--set routing.policy=nearest</c>, <c>--set demand[0].curve.base_rate_per_second=2</c>)
/// laid over a scenario before it is read: dotted keys walk mappings (creating them when missing), <c>[i]</c> indexes
/// lists, and the value is read as YAML.
/// </summary>
public static partial class ScenarioOverrides
{
    /// <summary>Applies <paramref name="overrides"/> to the scenario text <paramref name="yaml"/>.</summary>
    /// <exception cref="ScenarioException">A path does not fit the scenario (an index out of range, a key into a list).</exception>
    public static string Apply(string yaml, IReadOnlyList<(string Path, string Value)> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return yaml;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping ? mapping : new YamlMappingNode();
        foreach (var (path, value) in overrides)
        {
            Set(root, path, value);
        }

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static void Set(YamlMappingNode root, string path, string value)
    {
        var steps = Step().Matches(path);
        if (steps.Count == 0 || string.Concat(steps.Select(m => m.Value)).Replace(".", "", StringComparison.Ordinal) != path.Replace(".", "", StringComparison.Ordinal))
        {
            throw new ScenarioException($"--set {path}: not a path like routing.policy or demand[0].curve.base_rate_per_second");
        }

        YamlNode node = root;
        for (int i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            bool last = i == steps.Count - 1;
            YamlNode next;
            if (step.Groups["index"].Success)
            {
                int index = int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture);
                if (node is not YamlSequenceNode list || index >= list.Children.Count)
                {
                    throw new ScenarioException($"--set {path}: no item [{index}] there");
                }

                if (last)
                {
                    list.Children[index] = Parse(value);
                    return;
                }

                next = list.Children[index];
            }
            else
            {
                string key = step.Groups["key"].Value;
                if (node is not YamlMappingNode map)
                {
                    throw new ScenarioException($"--set {path}: '{key}' is not inside a mapping");
                }

                if (last)
                {
                    map.Children[new YamlScalarNode(key)] = Parse(value);
                    return;
                }

                if (!map.Children.TryGetValue(new YamlScalarNode(key), out next!))
                {
                    next = new YamlMappingNode();
                    map.Children[new YamlScalarNode(key)] = next;
                }
            }

            node = next;
        }
    }

    private static YamlNode Parse(string value)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(value));
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : new YamlScalarNode(value);
    }

    [GeneratedRegex(@"(?<key>[a-z_][a-z0-9_]*)|\[(?<index>\d+)\]")]
    private static partial Regex Step();
}
