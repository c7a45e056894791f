using System.Globalization;
using NeoCloudSim.Scenarios.Limits;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Checks the shape of a scenario's YAML with the event parser, before anything loads it into a tree (which recurses
/// and holds every node): syntax, nesting depth, number of nodes, no aliases, and a top level that is a mapping of
/// fields. An empty or comment-only file is an error, not an empty scenario.
/// </summary>
internal static class YamlShape
{
    /// <summary>Throws a <see cref="ScenarioException"/> unless <paramref name="yaml"/> is one mapping of bounded size and depth.</summary>
    /// <param name="yaml">The text.</param>
    /// <param name="source">Its name in messages.</param>
    /// <param name="what">"scenario file" or "base scenario", for messages.</param>
    public static void Check(string yaml, string source, string what = "scenario file") => Check(yaml, source, what, mappingRoot: true);

    /// <summary>Checks a value given on the command line: syntax, depth, size and no aliases; any kind of node.</summary>
    public static void CheckValue(string yaml, string label) => Check(yaml, label, "--set value", mappingRoot: false);

    private static void Check(string yaml, string source, string what, bool mappingRoot)
    {
        var parser = new Parser(new StringReader(yaml));
        int depth = 0, nodes = 0;
        bool root = true;
        Mark? last = null;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.End;
                switch (current)
                {
                    case AnchorAlias alias:
                        throw new ScenarioException($"{At(source, alias.Start)}: an alias (*{alias.Value}): anchors and aliases are not supported in scenarios; write the values out");
                    case NodeEvent node when root && mappingRoot:
                        root = false;
                        if (node is Scalar { Value: "" or "~" or "null" })
                        {
                            throw Empty(source, what);
                        }

                        if (node is not MappingStart)
                        {
                            string found = node is SequenceStart ? "a list" : $"the text '{BoundedFile.Excerpt(((Scalar)node).Value)}'";
                            throw new ScenarioException($"{At(source, node.Start)}: a {what} is a mapping of fields (name:, sites:, demand: ...), but this file holds {found}");
                        }

                        break;
                }

                if (current is NodeEvent && ++nodes > ScenarioLimits.MaxYamlNodes)
                {
                    throw new ScenarioException($"{At(source, current.Start)}: more than {ScenarioLimits.MaxYamlNodes.ToString("N0", CultureInfo.InvariantCulture)} values, the most a {what} may hold");
                }

                if (current is MappingStart or SequenceStart && ++depth > ScenarioLimits.MaxYamlDepth)
                {
                    throw new ScenarioException($"{At(source, current.Start)}: nested deeper than {ScenarioLimits.MaxYamlDepth} levels of mappings and lists, the most allowed");
                }
                else if (current is MappingEnd or SequenceEnd)
                {
                    depth--;
                }
                else if (current is DocumentEnd)
                {
                    break; // only the first document is read
                }
            }
        }
        catch (YamlException error)
        {
            throw YamlErrors.From(error, source, yaml);
        }
        catch (Exception error) when (YamlErrors.IsParserFailure(error))
        {
            throw YamlErrors.Unreadable(source, error, last);
        }

        if (root && mappingRoot)
        {
            throw Empty(source, what);
        }
    }

    private static ScenarioException Empty(string source, string what) =>
        new($"{source}: the {what} is empty or holds only comments; a scenario needs at least its regions, sites, classes and demand (see docs/scenarios.md, or 'neocloudsim init')");

    private static string At(string source, Mark mark) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}:{mark.Line}:{mark.Column}");
}
