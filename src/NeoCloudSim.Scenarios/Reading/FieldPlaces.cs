namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Where a field of a merged scenario was given: a <c>--set</c> option, the scenario file, or one of the bases it
/// extends (the nearest file that has the field, or its nearest enclosing field). Turns a check's path and message
/// into the line a person reads: <c>file:line:column: path: message</c> or <c>--set path=value: message</c>.
/// </summary>
internal sealed class FieldPlaces
{
    private readonly string _source;
    private readonly List<(string Source, YamlPositions Positions)> _files;
    private readonly IReadOnlyList<(string Path, string Value)> _overrides;

    /// <summary>Creates the places of <paramref name="files"/> (the scenario first, then its bases) and <paramref name="overrides"/>.</summary>
    public FieldPlaces(string source, IEnumerable<(string Source, string Yaml)> files, IReadOnlyList<(string Path, string Value)> overrides)
    {
        _source = source;
        _files = files.Select(f => (f.Source, YamlPositions.Of(f.Yaml))).ToList();
        _overrides = overrides;
    }

    /// <summary>The message for a problem at <paramref name="path"/>.</summary>
    public string Message(string path, string message)
    {
        for (int i = _overrides.Count - 1; i >= 0; i--)
        {
            var (setPath, value) = _overrides[i];
            if (path == setPath)
            {
                return $"{ScenarioOverrides.Label(setPath, value)}: {message}";
            }

            if (path.StartsWith(setPath, StringComparison.Ordinal) && path[setPath.Length] is '.' or '[')
            {
                return $"{ScenarioOverrides.Label(setPath, value)}: {path}: {message}";
            }
        }

        for (string p = path; p.Length > 0; p = YamlPositions.Parent(p))
        {
            foreach (var (file, positions) in _files)
            {
                if (positions.FindExact(p) is { } place)
                {
                    return $"{file}:{place}: {path}: {message}";
                }
            }
        }

        return $"{_source}: {path}: {message}";
    }
}
