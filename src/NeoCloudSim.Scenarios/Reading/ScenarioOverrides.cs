using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Values set from the command line (<c>--set routing.policy=nearest</c>, <c>--set demand[0].curve.base_rate_per_second=2</c>)
/// laid over a scenario before it is read: dotted keys walk mappings (creating them when missing), <c>[i]</c> indexes
/// lists, and the value is read as YAML. Every problem names the <c>--set</c> option it comes from.
/// </summary>
public static partial class ScenarioOverrides
{
    /// <summary>Applies <paramref name="overrides"/> to the scenario text <paramref name="yaml"/>.</summary>
    /// <exception cref="ScenarioException">A path does not fit the scenario (an index out of range, a key into a list),
    /// or a value is not valid YAML or not of the field's type.</exception>
    public static string Apply(string yaml, IReadOnlyList<(string Path, string Value)> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return yaml;
        }

        var problems = new List<string>();
        var values = Check(overrides, problems);
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping ? mapping : new YamlMappingNode();
        for (int i = 0; i < overrides.Count; i++)
        {
            Set(root, overrides[i].Path, overrides[i].Value, values[i]);
        }

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>The label of an override in messages: <c>--set path=value</c>, the value cut short.</summary>
    internal static string Label(string path, string value) => $"--set {path}={BoundedFile.Excerpt(value)}";

    /// <summary>Parses each value and checks it against the schema of its field, before anything is merged.</summary>
    private static List<YamlNode> Check(IReadOnlyList<(string Path, string Value)> overrides, List<string> problems)
    {
        var values = new List<YamlNode>(overrides.Count);
        foreach (var (path, value) in overrides)
        {
            string label = Label(path, value);
            var node = new YamlScalarNode(value);
            try
            {
                var steps = Steps(path);
                YamlShape.CheckValue(value, label);
                var parsed = Parse(value);
                values.Add(parsed);
                var (schema, problem) = SchemaCheck.At(steps.Select(s => (s.Key, s.Index)));
                if (schema is null)
                {
                    problems.Add($"{label}: {problem}");
                    continue;
                }

                var found = new List<string>();
                SchemaCheck.Walk(parsed, schema, "", _ => "", found);
                problems.AddRange(found.Select(f => $"{label}: {f}"));
            }
            catch (ScenarioException error)
            {
                values.Add(node);
                problems.AddRange(error.Problems.Select(p => p.StartsWith("--set", StringComparison.Ordinal) ? p : $"{label}: {p}"));
            }
            catch (YamlException error)
            {
                values.Add(node);
                problems.Add($"{label}: not a YAML value: {YamlErrors.Humane(error.Message)}");
            }
            catch (Exception error) when (YamlErrors.IsParserFailure(error))
            {
                values.Add(node);
                problems.Add($"{label}: not a YAML value (a stray or invalid character, or broken quoting)");
            }
        }

        return values;
    }

    private static List<(string? Key, long? Index)> Steps(string path)
    {
        var steps = Step().Matches(path);
        if (steps.Count == 0 || string.Concat(steps.Select(m => m.Value)).Replace(".", "", StringComparison.Ordinal) != path.Replace(".", "", StringComparison.Ordinal))
        {
            throw new ScenarioException($"--set {path}: not a path like routing.policy or demand[0].curve.base_rate_per_second");
        }

        var result = new List<(string? Key, long? Index)>(steps.Count);
        foreach (Match step in steps)
        {
            if (step.Groups["index"].Success)
            {
                result.Add((null, long.TryParse(step.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out long index) ? index : long.MaxValue));
            }
            else
            {
                result.Add((step.Groups["key"].Value, null));
            }
        }

        return result;
    }

    private static void Set(YamlMappingNode root, string path, string value, YamlNode parsed)
    {
        var steps = Steps(path);
        string label = Label(path, value);
        YamlNode node = root;
        for (int i = 0; i < steps.Count; i++)
        {
            var (key, index) = steps[i];
            bool last = i == steps.Count - 1;
            YamlNode next;
            if (index is { } at)
            {
                if (node is not YamlSequenceNode list || at >= list.Children.Count)
                {
                    string have = node is YamlSequenceNode l ? string.Create(CultureInfo.InvariantCulture, $"the list has {l.Children.Count} items") : "that is not a list in the scenario";
                    throw new ScenarioException($"{label}: no item [{at}] there ({have})");
                }

                if (last)
                {
                    list.Children[(int)at] = parsed;
                    return;
                }

                next = list.Children[(int)at];
            }
            else
            {
                if (node is not YamlMappingNode map)
                {
                    throw new ScenarioException($"{label}: '{key}' is not inside a mapping");
                }

                if (last)
                {
                    map.Children[new YamlScalarNode(key)] = parsed;
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
