using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Where each field of a scenario file is: field paths as the checks name them (<c>sites[0].region</c>,
/// <c>latency_ms.us-east.edge-nyc</c>) mapped to their line and column, so that every problem points at its place.
/// </summary>
internal sealed class YamlPositions
{
    private readonly Dictionary<string, (long Line, long Column)> _places = new(StringComparer.Ordinal);

    private YamlPositions()
    {
    }

    public static YamlPositions Of(string yaml)
    {
        var positions = new YamlPositions();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0)
            {
                positions.Walk(stream.Documents[0].RootNode, "");
            }
        }
        catch (Exception error) when (error is YamlDotNet.Core.YamlException || YamlErrors.IsParserFailure(error))
        {
            // the reader reports syntax errors itself; without positions, messages fall back to paths only
        }

        return positions;
    }

    /// <summary>"line:column" of <paramref name="path"/>, or of its nearest enclosing field; null if none is known.</summary>
    public string? Find(string path)
    {
        for (string p = path; p.Length > 0; p = Parent(p))
        {
            if (_places.TryGetValue(p, out var place))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{place.Line}:{place.Column}");
            }
        }

        return null;
    }

    /// <summary>"line:column" of exactly <paramref name="path"/>, or null when the file does not have it.</summary>
    public string? FindExact(string path) =>
        _places.TryGetValue(path, out var place) ? string.Create(CultureInfo.InvariantCulture, $"{place.Line}:{place.Column}") : null;

    /// <summary>The path of the field holding <paramref name="path"/>: <c>a.b[2]</c> for <c>a.b[2].c</c>; "" at the top.</summary>
    public static string Parent(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : "";
    }

    private void Walk(YamlNode node, string path)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    string name = (key as YamlScalarNode)?.Value ?? "?";
                    string child = path.Length == 0 ? name : $"{path}.{name}";
                    _places[child] = (value.Start.Line, value.Start.Column);
                    Walk(value, child);
                }

                break;
            case YamlSequenceNode sequence:
                for (int i = 0; i < sequence.Children.Count; i++)
                {
                    string child = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                    _places[child] = (sequence.Children[i].Start.Line, sequence.Children[i].Start.Column);
                    Walk(sequence.Children[i], child);
                }

                break;
        }
    }
}
