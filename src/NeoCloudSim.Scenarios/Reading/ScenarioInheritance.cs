using System.Globalization;
using NeoCloudSim.Scenarios.Limits;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// <c>extends: base.yaml</c>: a scenario file that names a base is the base with its own keys laid over it. Mappings
/// merge key by key, recursively; lists and scalars replace the base's whole. Bases may extend further bases; a cycle
/// is an error. Paths are relative to the file that names them. A base is read with the same limits as the file
/// itself, and a base that cannot be used is reported at the line of the <c>extends</c> key naming it.
/// </summary>
internal static class ScenarioInheritance
{
    private const string ExtendsKey = "extends";

    /// <summary>The merged YAML text of <paramref name="yaml"/> and its bases, or the text itself when it extends nothing.</summary>
    /// <param name="yaml">The scenario's text.</param>
    /// <param name="source">The scenario's name in messages.</param>
    /// <param name="folder">Folder that relative base paths start from.</param>
    /// <param name="check">Checks one file's own text (so errors point into the right file).</param>
    /// <param name="files">Receives each base read, nearest first, with its name: where its fields are.</param>
    public static string Resolve(string yaml, string source, string folder, Action<string, string> check, List<(string Source, string Yaml)> files)
    {
        var root = Parse(yaml, source);
        if (root is null || !TryTakeExtends(root, source, out string? basePath, out string? at))
        {
            return yaml;
        }

        var chain = new HashSet<string>(StringComparer.Ordinal) { source };
        var merged = Merge(LoadBase(basePath!, at!, folder, chain, check, files), root);
        return Serialize(merged);
    }

    private static YamlMappingNode LoadBase(string path, string at, string folder, HashSet<string> chain, Action<string, string> check, List<(string Source, string Yaml)> files)
    {
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(folder, path));
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ScenarioException($"{at}: extends: '{BoundedFile.Excerpt(path)}' is not a usable path: {error.Message}");
        }

        if (!chain.Add(full))
        {
            throw new ScenarioException($"{at}: extends: {full} extends itself through {string.Join(" -> ", chain)}");
        }

        string text;
        try
        {
            text = BoundedFile.DecodeYaml(BoundedFile.ReadBytes(full, ScenarioLimits.MaxScenarioBytes, "base scenario"), full);
            YamlShape.Check(text, full, "base scenario");
        }
        catch (ScenarioException error)
        {
            throw new ScenarioException($"{at}: extends: cannot use '{path}': {error.Message}", error);
        }

        files.Add((full, text));
        var node = Parse(text, full) ?? new YamlMappingNode();
        bool extends = TryTakeExtends(node, full, out string? next, out string? nextAt);
        check(text, full); // the base's own text, so that errors name its own lines
        return extends ? Merge(LoadBase(next!, nextAt!, Path.GetDirectoryName(full) ?? ".", chain, check, files), node) : node;
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

    private static bool TryTakeExtends(YamlMappingNode node, string source, out string? path, out string? at)
    {
        var key = new YamlScalarNode(ExtendsKey);
        if (node.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar && scalar.Value is { Length: > 0 } text)
        {
            at = string.Create(CultureInfo.InvariantCulture, $"{source}:{scalar.Start.Line}:{scalar.Start.Column}");
            node.Children.Remove(key);
            path = text;
            return true;
        }

        path = null;
        at = null;
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
            throw YamlErrors.From(error, source, yaml);
        }
        catch (Exception error) when (YamlErrors.IsParserFailure(error))
        {
            throw YamlErrors.Unreadable(source, error);
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
