using System.Security.Cryptography;
using System.Text;
using NeoCloudSim.Compute;
using NeoCloudSim.Demand;
using NeoCloudSim.Scenarios.Catalog;
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
        if (!File.Exists(path))
        {
            throw new ScenarioException($"{path}: no such scenario file");
        }

        byte[] bytes = File.ReadAllBytes(path);
        return Read(Encoding.UTF8.GetString(bytes), path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", bytes, overrides);
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
        var unknown = new List<string>();
        SchemaCheck.Find(yaml, source, unknown); // every unknown key, wrong type and bad value at once, with hints
        if (unknown.Count > 0)
        {
            throw new ScenarioException(unknown);
        }

        Deserialize(yaml, source); // the file's own type errors, with its own lines
        string merged = ScenarioInheritance.Resolve(yaml, source, folder, (text, file) => Deserialize(text, file));
        if (overrides is { Count: > 0 })
        {
            merged = ScenarioOverrides.Apply(merged, overrides);
        }

        var scenario = Deserialize(merged, overrides is { Count: > 0 } ? $"{source} (with --set)" : source);

        var problems = new List<string>();
        scenario = scenario with { Demand = ResolveFiles(scenario, folder, source, problems) };
        GpuCatalogReader.Check(scenario.Catalog, source, "catalog", problems);
        var catalog = Merge(GpuCatalogReader.LoadDefault(), scenario.Catalog);
        // Positions are those of the file as written; a file laid over a base (or --set values) is checked by path only.
        var positions = overrides is not { Count: > 0 } && ReferenceEquals(merged, yaml) ? YamlPositions.Of(yaml) : null;
        ScenarioChecks.Check(scenario, catalog, source, problems, positions);
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
        };
    }

    /// <summary>Resolves the files demand refers to against the scenario's folder: trace paths, and CSV growth series
    /// read into piecewise points.</summary>
    private static List<DemandStreamSpec> ResolveFiles(Scenario scenario, string folder, string source, List<string> problems)
    {
        var resolved = new List<DemandStreamSpec>(scenario.Demand.Count);
        for (int i = 0; i < scenario.Demand.Count; i++)
        {
            var d = scenario.Demand[i];
            if (d.Trace is { } trace)
            {
                d = d with { Trace = trace with { Path = Path.GetFullPath(Path.Combine(folder, trace.Path)) } };
            }

            if (d.Curve.Growth.Kind == GrowthKind.Csv)
            {
                string path = Path.GetFullPath(Path.Combine(folder, d.Curve.Growth.CsvPath));
                var points = GrowthCsvReader.Read(path, scenario.Start, $"{source}: demand[{i}].curve.growth.csv_path", problems);
                d = d with { Curve = d.Curve with { Growth = d.Curve.Growth with { Kind = GrowthKind.Piecewise, Points = points } } };
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
            throw YamlErrors.From(error, source);
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
