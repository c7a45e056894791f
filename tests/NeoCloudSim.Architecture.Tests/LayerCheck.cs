namespace NeoCloudSim.Architecture.Tests;

/// <summary>One reference from a type in one layer to a type in another, with where it is written.</summary>
public sealed record LayerReference(string FromLayer, string ToLayer, string FromType, string ToType, string File, int Line);

/// <summary>
/// Checks references between layers against a declared order: a layer may reference only layers strictly below it.
/// Reports every upward or sideways reference, and every cycle between layers, by name.
/// </summary>
public static class LayerCheck
{
    /// <summary>The violations of <paramref name="order"/> among <paramref name="references"/>, one message each.</summary>
    public static List<string> Violations(IEnumerable<LayerReference> references, DeclaredOrder order)
    {
        var messages = new List<string>();
        var seen = new HashSet<(string, string, string, string)>();
        foreach (var r in references)
        {
            if (r.FromLayer == r.ToLayer || !seen.Add((r.FromLayer, r.ToLayer, r.FromType, r.ToType)))
            {
                continue;
            }

            int? from = order.LevelOf(r.FromLayer), to = order.LevelOf(r.ToLayer);
            if (from is null || to is null)
            {
                messages.Add($"{r.File}:{r.Line}: {(from is null ? r.FromLayer : r.ToLayer)} is not in the declared order (reference {r.FromType} -> {r.ToType}).");
            }
            else if (to >= from)
            {
                string how = to == from ? "sideways (peers on one level)" : "upward";
                messages.Add($"{r.File}:{r.Line}: {r.FromLayer} -> {r.ToLayer} is {how}: {r.FromType} uses {r.ToType}.");
            }
        }

        return messages;
    }

    /// <summary>The cycles of the layer graph of <paramref name="references"/>, each as "A -> B -> A".</summary>
    public static List<string> Cycles(IEnumerable<LayerReference> references)
    {
        var edges = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var r in references)
        {
            if (r.FromLayer != r.ToLayer)
            {
                (edges.TryGetValue(r.FromLayer, out var set) ? set : edges[r.FromLayer] = new SortedSet<string>(StringComparer.Ordinal)).Add(r.ToLayer);
            }
        }

        var cycles = new List<string>();
        var state = new Dictionary<string, int>(); // 1 on the path, 2 done
        var path = new List<string>();
        void Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (string next in edges.TryGetValue(node, out var set) ? set : [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    cycles.Add(string.Join(" -> ", path.Skip(path.IndexOf(next)).Append(next)));
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
        }

        foreach (string node in edges.Keys)
        {
            if (state.GetValueOrDefault(node) == 0)
            {
                Visit(node);
            }
        }

        return cycles;
    }
}
