using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// <c>extends: base.yaml</c>: a scenario file that names a base is the base with its own keys laid over it. Mappings
/// merge key by key, recursively; lists and scalars replace the base's whole. Bases may extend further bases; a cycle
/// is an error. Paths are relative to the file that names them.
/// </summary>
internal static class ScenarioInheritance
{
    private const string ExtendsKey = "extends";

    /// <summary>The merged YAML text of <paramref name="yaml"/> and its bases, or the text itself when it extends nothing.</summary>
    /// <param name="yaml">The scenario's text.</param>
    /// <param name="source">The scenario's name in messages.</param>
    /// <param name="folder">Folder that relative base paths start from.</param>
    /// <param name="check">Checks one file's own text (so errors point into the right file).</param>
    public static string Resolve(string yaml, string source, string folder, Action<string, string> check)
    {
        var root = Parse(yaml, source);
        if (root is null || !TryTakeExtends(root, out string? basePath))
        {
            return yaml;
        }

        var chain = new HashSet<string>(StringComparer.Ordinal) { source };
        var merged = Merge(LoadBase(basePath!, folder, chain, check), root);
        return Serialize(merged);
    }

    private static YamlMappingNode LoadBase(string path, string folder, HashSet<string> chain, Action<string, string> check)
    {
        string full = Path.GetFullPath(Path.Combine(folder, path));
        if (!chain.Add(full))
        {
            throw new ScenarioException($"{full}: extends itself through {string.Join(" -> ", chain)}");
        }

        if (!File.Exists(full))
        {
            throw new ScenarioException($"extends: no such base scenario '{full}'");
        }

        string text = File.ReadAllText(full);
        var node = Parse(text, full) ?? new YamlMappingNode();
        bool extends = TryTakeExtends(node, out string? next);
        check(Serialize(node), full);
        return extends ? Merge(LoadBase(next!, Path.GetDirectoryName(full) ?? ".", chain, check), node) : node;
    }

    private static YamlMappingNode Merge(YamlMappingNode baseNode, YamlMappingNode over)
    {
        var result = new YamlMappingNode();
        foreach (var (key, value) in baseNode.Children)
        {
            result.Add(key, value);
        }

        foreach (var (key, value) in over.Children)
        {
            if (result.Children.TryGetValue(key, out var existing) && existing is YamlMappingNode a && value is YamlMappingNode b)
            {
                result.Children[key] = Merge(a, b);
            }
            else
            {
                result.Children[key] = value;
            }
        }

        return result;
    }

    private static bool TryTakeExtends(YamlMappingNode node, out string? path)
    {
        var key = new YamlScalarNode(ExtendsKey);
        if (node.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar && scalar.Value is { Length: > 0 } text)
        {
            node.Children.Remove(key);
            path = text;
            return true;
        }

        path = null;
        return false;
    }

    private static YamlMappingNode? Parse(string yaml, string source)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlException error)
        {
            throw YamlErrors.From(error, source);
        }
    }

    private static string Serialize(YamlMappingNode node)
    {
        var stream = new YamlStream(new YamlDocument(node));
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
