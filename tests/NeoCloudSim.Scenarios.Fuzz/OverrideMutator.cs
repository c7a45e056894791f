using System.Text.RegularExpressions;
using CsCheck;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary><c>--set</c> values: paths of the seed's own fields (as they are, with a step added, or with an index
/// beyond the list) and paths that are no field, with hostile and malformed YAML values.</summary>
internal static partial class OverrideMutator
{
    public static FuzzInput Mutate(SeedFile seed, PCG pcg)
    {
        var paths = Paths(seed.Text);
        var overrides = new List<(string Path, string Value)>();
        var fields = new List<string>();
        int count = Gen.Int[1, 3].Draw(pcg);
        for (int i = 0; i < count; i++)
        {
            string path = paths.Count == 0 ? Hostile.SetPath.Draw(pcg) : Gen.Int[0, 5].Draw(pcg) switch
            {
                0 => Hostile.SetPath.Draw(pcg),
                1 => paths[pcg.Below(paths.Count)] + Gen.OneOf(".x", "[0]", "[1000000]", ".id", "").Draw(pcg),
                2 => Index().Replace(paths[pcg.Below(paths.Count)], _ => $"[{Gen.OneOf(0, 1, 7, 1000, int.MaxValue).Draw(pcg)}]"),
                _ => paths[pcg.Below(paths.Count)],
            };
            overrides.Add((path, Hostile.SetValue.Draw(pcg)));
            fields.Add("--set " + StructuralMutator.Field(path));
        }

        return new FuzzInput
        {
            Bytes = seed.Bytes,
            Folder = seed.Folder,
            SeedPath = seed.Path,
            Overrides = overrides,
            Fields = fields,
            Steps = overrides.ConvertAll(o => $"--set {o.Path}={TextualMutator.Show(o.Value)}"),
        };
    }

    /// <summary>Every path of the file that <c>--set</c> can name (keys in snake_case, indices in brackets).</summary>
    private static List<string> Paths(string text)
    {
        var paths = new List<string>();
        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                return paths;
            }

            root = stream.Documents[0].RootNode;
        }
        catch (YamlException)
        {
            return paths;
        }

        var stack = new Stack<(YamlNode Node, string Path)>();
        stack.Push((root, ""));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (path.Length > 0)
            {
                paths.Add(path);
            }

            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children)
                    {
                        if (Key().IsMatch(key.ToString()))
                        {
                            stack.Push((value, path.Length == 0 ? key.ToString() : $"{path}.{key}"));
                        }
                    }

                    break;
                case YamlSequenceNode list:
                    for (int i = 0; i < list.Children.Count; i++)
                    {
                        stack.Push((list.Children[i], $"{path}[{i}]"));
                    }

                    break;
            }
        }

        return paths;
    }

    [GeneratedRegex(@"^[a-z_][a-z0-9_]*$")]
    private static partial Regex Key();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
