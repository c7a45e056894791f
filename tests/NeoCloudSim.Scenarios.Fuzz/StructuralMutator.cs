using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>Mutations of the YAML tree (YamlDotNet's representation model): a node replaced by a hostile value, a
/// key deleted, renamed or doubled, a list item repeated many times, a node shared by an alias (once, or as a
/// billion-laughs chain), a node wrapped in deep nesting.</summary>
internal static partial class StructuralMutator
{
    private const string DeepPlaceholder = "__fuzz_deep__";
    private static readonly Gen<int> Operation = Gen.Frequency((6, Gen.Const(0)), (2, Gen.Const(1)), (2, Gen.Const(2)), (1, Gen.Const(3)), (1, Gen.Const(4)), (1, Gen.Const(5)), (1, Gen.Const(6)));

    /// <summary>A place in the tree: the node, its parent and where in the parent it sits.</summary>
    private sealed record Slot(YamlNode Node, YamlNode? Parent, YamlNode? Key, int Index, string Path, List<YamlNode> Ancestors);

    /// <summary>The mutated input, or null when the seed is not YAML to begin with.</summary>
    public static FuzzInput? Mutate(SeedFile seed, PCG pcg)
    {
        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(seed.Text));
            if (stream.Documents.Count == 0)
            {
                return null;
            }

            root = stream.Documents[0].RootNode;
        }
        catch (YamlException)
        {
            return null;
        }

        var steps = new List<string>();
        var fields = new List<string>();
        int depth = 0;
        bool deep = false;
        int count = Gen.Int[1, 3].Draw(pcg);
        for (int i = 0; i < count; i++)
        {
            var slots = Collect(root);
            var slot = slots[pcg.Below(slots.Count)];
            if (slot.Path.Length > 0)
            {
                fields.Add(Field(slot.Path));
            }

            switch (Operation.Draw(pcg))
            {
                case 0 when slot.Parent is not null:
                    string value = Hostile.Scalar.Draw(pcg);
                    Set(slot, new YamlScalarNode(value));
                    steps.Add($"{slot.Path} = {TextualMutator.Show(value)}");
                    break;
                case 1 when slot.Node is YamlMappingNode { Children.Count: > 0 } map:
                    var key = map.Children.Keys.ElementAt(pcg.Below(map.Children.Count));
                    map.Children.Remove(key);
                    steps.Add($"delete {slot.Path}.{key}");
                    break;
                case 2 when slot.Node is YamlSequenceNode { Children.Count: > 0 } list:
                    int at = pcg.Below(list.Children.Count);
                    int times = Hostile.Repeat.Draw(pcg);
                    for (int t = 0; t < times; t++)
                    {
                        list.Children.Insert(at, Clone(list.Children[at]));
                    }

                    steps.Add($"duplicate {slot.Path}[{at}] x{times}");
                    break;
                case 3 when slot.Parent is not null:
                    var shape = Shape(pcg);
                    Set(slot, shape.Node);
                    steps.Add($"{slot.Path} = {shape.Name}");
                    break;
                case 4 when slot.Parent is not null:
                    // An alias to another node that does not contain this one (no cycles).
                    var targets = slots.Where(s => !ReferenceEquals(s.Node, slot.Node) && !slot.Ancestors.Contains(s.Node) && !s.Ancestors.Contains(slot.Node)).ToList();
                    if (targets.Count > 0)
                    {
                        var target = targets[pcg.Below(targets.Count)];
                        Set(slot, target.Node);
                        steps.Add($"{slot.Path} = *alias of {target.Path}");
                    }

                    break;
                case 5 when slot.Parent is not null && !deep:
                    depth = Hostile.Depth.Draw(pcg);
                    deep = true;
                    Set(slot, new YamlScalarNode(DeepPlaceholder));
                    steps.Add($"{slot.Path} = nested {depth} deep");
                    break;
                case 6 when slot.Parent is YamlMappingNode parent && slot.Key is not null:
                    string renamed = Gen.Frequency((3, Gen.OneOf(parent.Children.Keys.Select(k => k.ToString()).ToArray())), (1, Hostile.Scalar)).Draw(pcg);
                    var node = parent.Children[slot.Key];
                    parent.Children.Remove(slot.Key);
                    parent.Children[new YamlScalarNode(renamed)] = node; // renamed onto a sibling's key replaces it
                    steps.Add($"rename {slot.Path} -> {TextualMutator.Show(renamed)}");
                    break;
                default:
                    steps.Add("no-op");
                    break;
            }
        }

        string text = Emit(root);
        if (deep)
        {
            text = text.Replace(DeepPlaceholder, Deep(depth, Gen.Int[0, 2].Draw(pcg)), StringComparison.Ordinal);
        }

        if (Gen.Int[0, 5].Draw(pcg) == 0)
        {
            text = DuplicateKey(text, pcg, steps);
        }

        return new FuzzInput { Bytes = Encoding.UTF8.GetBytes(text), Folder = seed.Folder, SeedPath = seed.Path, Steps = steps, Fields = fields, Depth = depth };
    }

    private static (YamlNode Node, string Name) Shape(PCG pcg)
    {
        switch (Gen.Int[0, 5].Draw(pcg))
        {
            case 0:
                return (new YamlMappingNode(), "{}");
            case 1:
                return (new YamlSequenceNode(), "[]");
            case 2:
                return (new YamlMappingNode(new YamlScalarNode("a"), new YamlSequenceNode(new YamlScalarNode("1"), new YamlMappingNode(new YamlScalarNode("b"), new YamlScalarNode("x")))), "{a: [1, {b: x}]}");
            case 3:
                var items = new YamlSequenceNode();
                int n = Hostile.Repeat.Draw(pcg);
                for (int i = 0; i < n; i++)
                {
                    items.Add(new YamlScalarNode(Hostile.ShortScalar.Draw(pcg)));
                }

                return (items, $"[{n} hostile scalars]");
            case 4:
                // Billion laughs: each level lists the one below ten times, by alias.
                YamlNode level = new YamlScalarNode("lol");
                int levels = Gen.Int[3, 9].Draw(pcg);
                for (int i = 0; i < levels; i++)
                {
                    var next = new YamlSequenceNode();
                    for (int j = 0; j < 10; j++)
                    {
                        next.Add(level);
                    }

                    level = next;
                }

                return (level, $"alias chain 10^{levels}");
            default:
                var map = new YamlMappingNode();
                int keys = Hostile.Repeat.Draw(pcg);
                for (int i = 0; i < keys; i++)
                {
                    map.Children[new YamlScalarNode($"k{i}")] = new YamlScalarNode(Hostile.ShortScalar.Draw(pcg));
                }

                return (map, $"{{{keys} keys}}");
        }
    }

    /// <summary>Nesting written as text (emitting it from a tree would recurse in the harness itself).</summary>
    private static string Deep(int depth, int style)
    {
        var text = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            text.Append(style switch { 0 => "[", 1 => "{a: ", _ => i % 2 == 0 ? "[" : "{a: " });
        }

        text.Append('1');
        for (int i = depth - 1; i >= 0; i--)
        {
            text.Append(style switch { 0 => "]", 1 => "}", _ => i % 2 == 0 ? "]" : "}" });
        }

        return text.ToString();
    }

    private static string DuplicateKey(string text, PCG pcg, List<string> steps)
    {
        var lines = text.Split('\n').ToList();
        var keyed = Enumerable.Range(0, lines.Count).Where(i => KeyLine().IsMatch(lines[i])).ToList();
        if (keyed.Count == 0)
        {
            return text;
        }

        int at = keyed[pcg.Below(keyed.Count)];
        lines.Insert(at + 1, lines[at]);
        steps.Add($"duplicate key line {TextualMutator.Show(lines[at].Trim())}");
        return string.Join('\n', lines);
    }

    /// <summary>The tree as text, nodes met more than once written once with an anchor and then as aliases (anchors
    /// named here in visiting order: YamlDotNet's own are not the same from one call to the next).</summary>
    private static string Emit(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        int anchors = 0;
        var stack = new Stack<YamlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seen.Add(node))
            {
                if (node.Anchor.IsEmpty)
                {
                    node.Anchor = new AnchorName($"a{anchors++}");
                }

                continue;
            }

            node.Anchor = AnchorName.Empty;
            foreach (var child in node switch
            {
                YamlMappingNode map => map.Children.SelectMany(p => new[] { p.Key, p.Value }),
                YamlSequenceNode list => list.Children,
                _ => [],
            })
            {
                stack.Push(child);
            }
        }

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static void Set(Slot slot, YamlNode node)
    {
        switch (slot.Parent)
        {
            case YamlMappingNode map:
                map.Children[slot.Key!] = node;
                break;
            case YamlSequenceNode list:
                list.Children[slot.Index] = node;
                break;
        }
    }

    /// <summary>A deep copy that keeps sharing (an alias chain copied node by node would be exponential).</summary>
    private static YamlNode Clone(YamlNode node) => Clone(node, new Dictionary<YamlNode, YamlNode>(ReferenceEqualityComparer.Instance));

    private static YamlNode Clone(YamlNode node, Dictionary<YamlNode, YamlNode> copies)
    {
        if (copies.TryGetValue(node, out var copy))
        {
            return copy;
        }

        switch (node)
        {
            case YamlScalarNode s:
                copy = new YamlScalarNode(s.Value) { Style = s.Style, Tag = s.Tag };
                break;
            case YamlSequenceNode l:
                var list = new YamlSequenceNode { Style = l.Style };
                copies[node] = list;
                foreach (var child in l.Children)
                {
                    list.Add(Clone(child, copies));
                }

                copy = list;
                break;
            case YamlMappingNode m:
                var map = new YamlMappingNode { Style = m.Style };
                copies[node] = map;
                foreach (var (key, value) in m.Children)
                {
                    map.Children[Clone(key, copies)] = Clone(value, copies);
                }

                copy = map;
                break;
            default:
                copy = node;
                break;
        }

        copies[node] = copy;
        return copy;
    }

    /// <summary>Every place in the tree, root first (iteratively: seeds are shallow, but say so).</summary>
    private static List<Slot> Collect(YamlNode root)
    {
        var slots = new List<Slot>();
        var stack = new Stack<Slot>();
        stack.Push(new Slot(root, null, null, -1, "", []));
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        while (stack.Count > 0)
        {
            var slot = stack.Pop();
            slots.Add(slot);
            if (!seen.Add(slot.Node))
            {
                continue; // an alias made by an earlier step: its children are listed once
            }

            var ancestors = new List<YamlNode>(slot.Ancestors) { slot.Node };
            switch (slot.Node)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children)
                    {
                        stack.Push(new Slot(value, map, key, -1, slot.Path.Length == 0 ? key.ToString() : $"{slot.Path}.{key}", ancestors));
                    }

                    break;
                case YamlSequenceNode list:
                    for (int i = 0; i < list.Children.Count; i++)
                    {
                        stack.Push(new Slot(list.Children[i], list, null, i, $"{slot.Path}[{i}]", ancestors));
                    }

                    break;
            }
        }

        return slots;
    }

    /// <summary>The path with indices dropped: <c>sites[2].feeds[0].megawatts</c> is <c>sites[].feeds[].megawatts</c>.</summary>
    internal static string Field(string path) => Index().Replace(path, "[]");

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    [GeneratedRegex(@"^\s*(- )?[a-z_][a-z0-9_]*:")]
    private static partial Regex KeyLine();
}
