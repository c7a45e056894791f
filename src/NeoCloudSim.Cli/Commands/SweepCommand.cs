using System.CommandLine;
using System.Globalization;
using System.Text;
using NeoCloudSim.Outputs;
using NeoCloudSim.Outputs.Folders;
using NeoCloudSim.Outputs.Parquet;
using NeoCloudSim.Scenarios.Reading;

namespace NeoCloudSim.Cli.Commands;

/// <summary>
/// <c>neocloudsim sweep base.yaml --set path=v1,v2 [--set ...]</c>: every point of the grid, with replications, into
/// one Hive-partitioned dataset: <c>DIR/key=value/.../summary.parquet</c>, one row per replication.
/// </summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario") { Description = "The base scenario file (or give --file).", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file") { Description = "A sweep file: base (scenario path), replications, and set: { path: [values] }." };
        var set = new Option<string[]>("--set") { Description = "A swept value list, path=v1,v2,... (repeat for a grid).", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var replications = new Option<int>("--replications") { Description = "Replications per point.", DefaultValueFactory = _ => 3 };
        var output = new Option<string?>("--out") { Description = "Dataset folder (default: results/sweep-<scenario name>)." };
        var force = new Option<bool>("--force") { Description = "Replace an existing folder." };
        var command = new Command("sweep", "Runs a scenario at every point of a grid of values, with replications, into one Hive-partitioned Parquet dataset.\n\nExamples:\n  neocloudsim sweep scenarios/default.yaml --set routing.policy=nearest,latency-aware --set seed=1\n  duckdb -c \"SELECT routing_policy, avg(ttft_p99_ms) FROM read_parquet('results/sweep-default/**/*.parquet', hive_partitioning = true) GROUP BY ALL\"")
        {
            scenario, file, set, replications, output, force,
        };
        command.SetAction((parse, cancel) => parse.GetValue(file) is { } sweepFile
            ? FromFileAsync(sweepFile, parse.GetValue(output), parse.GetValue(force), Console.Out, Console.Error, cancel)
            : SweepAsync(parse.GetValue(scenario) ?? "", parse.GetValue(set) ?? [], parse.GetValue(replications), parse.GetValue(output), parse.GetValue(force), Console.Out, Console.Error, cancel: cancel));
        return command;
    }

    /// <summary>Runs the sweep a sweep file describes.</summary>
    public static async Task<int> FromFileAsync(string path, string? outputFolder, bool force, TextWriter output, TextWriter errors, CancellationToken cancel = default)
    {
        SweepFile spec;
        try
        {
            spec = new YamlDotNet.Serialization.DeserializerBuilder()
                .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
                .Build()
                .Deserialize<SweepFile>(File.ReadAllText(path)) ?? new SweepFile();
        }
        catch (Exception error) when (error is YamlDotNet.Core.YamlException or IOException)
        {
            await errors.WriteLineAsync($"{path}: {error.InnerException?.Message ?? error.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        string scenario = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", spec.Base);
        var sets = spec.Set.Select(kv => $"{kv.Key}={string.Join(',', kv.Value)}").ToList();
        return await SweepAsync(scenario, sets, spec.Replications, outputFolder, force, output, errors, [path], cancel).ConfigureAwait(false);
    }

    public static async Task<int> SweepAsync(string path, IReadOnlyList<string> sets, int count, string? outputFolder, bool force, TextWriter output, TextWriter errors, IReadOnlyList<string>? inputs = null, CancellationToken cancel = default)
    {
        var axes = new List<(string Path, string[] Values)>();
        foreach (string set in sets)
        {
            int equals = set.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == set.Length - 1)
            {
                await errors.WriteLineAsync($"--set {set}: expected path=v1,v2,...").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }

            axes.Add((set[..equals], set[(equals + 1)..].Split(',')));
        }

        if (axes.Count == 0 || count is < 1 or > RunCommand.MaxReplications)
        {
            await errors.WriteLineAsync($"sweep needs at least one --set, and between 1 and {RunCommand.MaxReplications:N0} replications.").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        // Read every point first: a bad value fails the sweep before anything runs.
        var points = new List<(List<(string Path, string Value)> Overrides, LoadedScenario Loaded)>();
        try
        {
            foreach (var point in Grid(axes))
            {
                points.Add((point, ScenarioReader.ReadFile(path, point)));
            }
        }
        catch (ScenarioException error)
        {
            await errors.WriteLineAsync(error.Message).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        var first = points[0].Loaded;
        using var destination = ResultsFolders.Claim(outputFolder, $"sweep-{ResultsNames.FolderName(first.Scenario.Name)}", force, [path, .. inputs ?? []], errors, out int refused);
        if (destination is null)
        {
            return refused;
        }

        try
        {
            int written = await ResultsFolders.WriteAsync(destination, errors, async (staging, stop) =>
            {
                var files = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var (overrides, loaded) in points)
                {
                    var runs = Replications.Run(loaded.Scenario, loaded.Catalog, count, loadTrace: loaded.LoadTrace, cancel: stop);
                    string partition = Path.Combine(staging, Partition(overrides));
                    Directory.CreateDirectory(partition);
                    var summaries = runs.Select(r => r.Summary).ToList();
                    await ResultTables.Summary.WriteAsync(partition, summaries, new Dictionary<string, string> { ["neocloudsim.sweep_point"] = Describe(overrides) }).ConfigureAwait(false);
                    files[Path.GetRelativePath(staging, Path.Combine(partition, ResultTables.Summary.FileName)).Replace('\\', '/')] = summaries.Count;
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {Describe(overrides)}: TTFT p99 {summaries.Average(s => s.TtftP99Ms):F0} ms, utilization {summaries.Average(s => s.Utilization):P1}, margin {summaries.Average(s => s.MarginUsd):N0} USD")).ConfigureAwait(false);
                }

                var manifest = RunCommand.Manifest(first, first.Scenario) with { Kind = "sweep", Replications = count, Files = files };
                await ResultsWriter.WriteManifestAsync(staging, manifest, stop).ConfigureAwait(false);
            }, cancel).ConfigureAwait(false);
            if (written != ExitCodes.Success)
            {
                return written;
            }
        }
        catch (ReplicationFailedException error)
        {
            await errors.WriteLineAsync(error.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync($"  {points.Count} points x {count} replications in {destination.Requested}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static IEnumerable<List<(string Path, string Value)>> Grid(List<(string Path, string[] Values)> axes)
    {
        IEnumerable<List<(string, string)>> points = [[]];
        foreach (var (path, values) in axes)
        {
            points = points.SelectMany(p => values.Select(v => new List<(string, string)>(p) { (path, v) })).ToList();
        }

        return points;
    }

    /// <summary>Hive partition folders, one per swept key: key characters other than letters, digits and _ become _.</summary>
    private static string Partition(List<(string Path, string Value)> point) =>
        Path.Combine([.. point.Select(p => $"{Sanitize(p.Path)}={Uri.EscapeDataString(p.Value)}")]);

    private static string Sanitize(string key)
    {
        var text = new StringBuilder(key.Length);
        foreach (char c in key)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return text.ToString().Trim('_');
    }

    private static string Describe(List<(string Path, string Value)> point) => string.Join(", ", point.Select(p => $"{p.Path}={p.Value}"));
}
