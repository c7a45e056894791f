using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
using NeoCloudSim.Scenarios.Catalog;
using NeoCloudSim.Scenarios.Limits;
using NeoCloudSim.World;
using YamlDotNet.Core;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Reads scenario files (YAML, see docs/scenarios.md) into <see cref="Scenario"/> specs and checks that every name
/// they use refers to something defined. All problems are reported at once, before anything runs.
/// </summary>
public static class ScenarioReader
{
    /// <summary>Name of the built-in default scenario.</summary>
    public const string BuiltInDefault = "built-in:default.yaml";

    /// <summary>Reads the scenario file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is malformed or refers to undefined things.</exception>
    public static LoadedScenario ReadFile(string path) => ReadFile(path, []);

    /// <summary>Reads the scenario file at <paramref name="path"/> with command-line values laid over it.</summary>
    public static LoadedScenario ReadFile(string path, IReadOnlyList<(string Path, string Value)> overrides)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = BoundedFile.ReadBytes(path, ScenarioLimits.MaxScenarioBytes, "scenario file");
        string folder;
        try
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ScenarioException($"{path}: not a usable path: {error.Message}");
        }

        return Read(BoundedFile.DecodeYaml(bytes, path), path, folder, bytes, overrides);
    }

    /// <summary>The built-in default scenario (scenarios/default.yaml, shipped inside this assembly).</summary>
    public static LoadedScenario ReadDefault()
    {
        byte[] bytes = DefaultBytes();
        return Read(Encoding.UTF8.GetString(bytes), BuiltInDefault, Directory.GetCurrentDirectory(), bytes);
    }

    /// <summary>The text of the built-in default scenario, comments included (a starter for new scenarios).</summary>
    public static string DefaultText() => Encoding.UTF8.GetString(DefaultBytes());

    private static byte[] DefaultBytes()
    {
        using var stream = typeof(ScenarioReader).Assembly.GetManifestResourceStream("default.yaml")
            ?? throw new InvalidOperationException("The built-in default scenario is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Reads a scenario from text; <paramref name="source"/> names it in errors, <paramref name="folder"/>
    /// resolves relative trace paths.</summary>
    public static LoadedScenario Read(string yaml, string source, string folder, byte[]? bytes = null, IReadOnlyList<(string Path, string Value)>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        overrides ??= [];
        if (yaml.Length > 0 && yaml[0] == '\uFEFF')
        {
            yaml = yaml[1..]; // a UTF-8 byte-order mark, decoded
        }

        if (yaml.Length > ScenarioLimits.MaxScenarioBytes)
        {
            throw new ScenarioException($"{source}: the scenario is larger than {BoundedFile.Size(ScenarioLimits.MaxScenarioBytes)}, the most allowed");
        }

        YamlShape.Check(yaml, source); // syntax, depth, size and an empty file, before anything builds a tree
        CheckOwnText(yaml, source);
        var files = new List<(string Source, string Yaml)> { (source, yaml) };
        string merged = ScenarioInheritance.Resolve(yaml, source, folder, CheckOwnText, files);
        if (overrides.Count > 0)
        {
            merged = ScenarioOverrides.Apply(merged, overrides);
        }

        var scenario = Deserialize(merged, overrides.Count > 0 ? $"{source} (with --set)" : source);
        var places = new FieldPlaces(source, files, overrides);
        var problems = new List<string>();
        var traces = new Dictionary<string, IReadOnlyList<TraceRecord>>(StringComparer.Ordinal);
        scenario = scenario with { Demand = ResolveFiles(scenario, folder, places, problems, traces) };
        GpuCatalogReader.Check(scenario.Catalog, source, "catalog", problems);
        var catalog = Merge(GpuCatalogReader.LoadDefault(), scenario.Catalog);
        ScenarioChecks.Check(scenario, catalog, traces, places.Message, problems);
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        return new LoadedScenario
        {
            Scenario = scenario,
            Catalog = catalog,
            Source = source,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes ?? Encoding.UTF8.GetBytes(yaml))),
            Traces = traces,
        };
    }

    /// <summary>One file's own checks, before it is merged: every schema problem at once, then its type errors, with its own lines.</summary>
    private static void CheckOwnText(string yaml, string source)
    {
        var problems = new List<string>();
        SchemaCheck.Find(yaml, source, problems);
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        Deserialize(yaml, source);
    }

    /// <summary>Resolves the files demand refers to against the scenario's folder: trace paths, and CSV growth series
    /// read into piecewise points.</summary>
    private static List<DemandStreamSpec> ResolveFiles(Scenario scenario, string folder, FieldPlaces places, List<string> problems, Dictionary<string, IReadOnlyList<TraceRecord>> traces)
    {
        var resolved = new List<DemandStreamSpec>(scenario.Demand.Count);
        for (int i = 0; i < scenario.Demand.Count; i++)
        {
            var d = scenario.Demand[i];
            string at = string.Create(CultureInfo.InvariantCulture, $"demand[{i}]");
            if (d.Trace is { Path: null or "" })
            {
                problems.Add(places.Message($"{at}.trace.path", "missing: a trace needs the path of its file"));
            }
            else if (d.Trace is { } trace)
            {
                if (ReferencedFile.Resolve(folder, trace.Path) is { } path)
                {
                    d = d with { Trace = trace with { Path = path } };
                    if (!traces.ContainsKey(path) && TraceLoader.Load(path) is var (records, problem))
                    {
                        if (problem is null)
                        {
                            traces[path] = records!;
                        }
                        else
                        {
                            problems.Add(places.Message($"{at}.trace.path", problem));
                        }
                    }
                }
                else
                {
                    problems.Add(places.Message($"{at}.trace.path", $"'{BoundedFile.Excerpt(trace.Path)}' is not a usable file path"));
                }
            }

            if (d.Curve.Growth.Kind == GrowthKind.Csv)
            {
                string field = $"{at}.curve.growth.csv_path";
                if (ReferencedFile.Resolve(folder, d.Curve.Growth.CsvPath) is { } path)
                {
                    var points = GrowthCsvReader.Read(path, scenario.Start, message => problems.Add(places.Message(field, message)));
                    d = d with { Curve = d.Curve with { Growth = d.Curve.Growth with { Kind = GrowthKind.Piecewise, Points = points } } };
                }
                else
                {
                    problems.Add(places.Message(field, $"'{BoundedFile.Excerpt(d.Curve.Growth.CsvPath)}' is not a usable file path"));
                }
            }

            resolved.Add(d);
        }

        return resolved;
    }

    private static Scenario Deserialize(string yaml, string source)
    {
        try
        {
            return ScenarioYaml.Deserializer.Deserialize<Scenario>(yaml) ?? new Scenario();
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

    private static List<GpuSku> Merge(IReadOnlyList<GpuSku> builtIn, IReadOnlyList<GpuSku> own)
    {
        var merged = new List<GpuSku>(builtIn);
        foreach (var sku in own)
        {
            int existing = merged.FindIndex(s => s.Id == sku.Id);
            if (existing >= 0)
            {
                merged[existing] = sku;
            }
            else
            {
                merged.Add(sku);
            }
        }

        return merged;
    }
}
