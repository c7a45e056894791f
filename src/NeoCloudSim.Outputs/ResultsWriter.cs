using System.Globalization;
using System.Text.Json;
using System.Threading;
using NeoCloudSim.Outputs.Folders;
using NeoCloudSim.Outputs.Parquet;
using NeoCloudSim.World;

namespace NeoCloudSim.Outputs;

/// <summary>
/// Writes a run's results: one Parquet file per table (see <see cref="ResultTables"/>) and manifest.json, into a
/// folder (a <see cref="ResultsDestination"/>'s staging folder, which is committed only when complete). Writing
/// stops between files once <c>cancel</c> is signalled.
/// </summary>
public static class ResultsWriter
{
    /// <summary>
    /// Writes independent replications of one scenario into <paramref name="directory"/>: <c>replications.parquet</c>
    /// (one summary row per replication, in replication order), each replication's full results in
    /// <c>replication-N/</c>, and a manifest of kind "replications".
    /// </summary>
    public static async Task WriteReplicationsAsync(string directory, IReadOnlyList<RunResults> runs, RunManifest manifest, Func<double, DateTime> toUtc, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(manifest);
        for (int i = 0; i < runs.Count; i++)
        {
            await WriteRunAsync(Path.Combine(directory, $"replication-{i.ToString(CultureInfo.InvariantCulture)}"), runs[i], manifest with { Seed = manifest.Seed + (ulong)i }, toUtc, cancel).ConfigureAwait(false);
        }

        var summaries = new List<RunSummary>(runs.Count);
        foreach (var run in runs)
        {
            summaries.Add(run.Summary);
        }

        await ResultTables.Summary.WriteAsync(directory, summaries, Metadata(manifest), "replications.parquet").ConfigureAwait(false);
        await WriteManifestAsync(directory, manifest with { Kind = "replications", Replications = runs.Count, Files = new() { ["replications.parquet"] = runs.Count } }, cancel).ConfigureAwait(false);
    }

    /// <summary>Writes one run's tables and its manifest into <paramref name="directory"/> (created if missing).</summary>
    public static async Task WriteRunAsync(string directory, RunResults results, RunManifest manifest, Func<double, DateTime> toUtc, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(toUtc);
        Directory.CreateDirectory(directory);
        var metadata = Metadata(manifest);
        var buildOut = new List<(Metrics.BuildOutEvent, DateTime)>(results.BuildOut.Count);
        foreach (var e in results.BuildOut)
        {
            buildOut.Add((e, toUtc(e.TimeSeconds)));
        }

        var writes = new List<Func<Task>>
        {
            () => ResultTables.Summary.WriteAsync(directory, [results.Summary], metadata),
            () => ResultTables.Sites.WriteAsync(directory, results.Sites, metadata),
            () => ResultTables.Skus.WriteAsync(directory, results.Skus, metadata),
            () => ResultTables.Classes.WriteAsync(directory, results.Classes, metadata),
            () => ResultTables.Latency.WriteAsync(directory, results.Latency, metadata),
            () => ResultTables.TtftDistribution.WriteAsync(directory, results.TtftDistribution, metadata),
            () => ResultTables.Routing.WriteAsync(directory, results.Routing, metadata),
            () => ResultTables.Money.WriteAsync(directory, results.Money, metadata),
            () => ResultTables.BuildOut.WriteAsync(directory, buildOut, metadata),
            () => ResultTables.Requests.WriteAsync(directory, results.Requests, metadata),
        };
        foreach (var write in writes)
        {
            cancel.ThrowIfCancellationRequested();
            await write().ConfigureAwait(false);
        }

        var files = new Dictionary<string, long>
        {
            [ResultTables.Summary.FileName] = 1,
            [ResultTables.Sites.FileName] = results.Sites.Count,
            [ResultTables.Skus.FileName] = results.Skus.Count,
            [ResultTables.Classes.FileName] = results.Classes.Count,
            [ResultTables.Latency.FileName] = results.Latency.Count,
            [ResultTables.TtftDistribution.FileName] = results.TtftDistribution.Count,
            [ResultTables.Routing.FileName] = results.Routing.Count,
            [ResultTables.Money.FileName] = results.Money.Count,
            [ResultTables.BuildOut.FileName] = buildOut.Count,
            [ResultTables.Requests.FileName] = results.Requests.Count,
        };
        await WriteManifestAsync(directory, manifest with { Files = files }, cancel).ConfigureAwait(false);
    }

    /// <summary>Writes <c>manifest.json</c>: what made the folder, and the mark that NeoCloudSim wrote it.</summary>
    public static Task WriteManifestAsync(string directory, RunManifest manifest, CancellationToken cancel = default)
    {
        var json = JsonSerializer.Serialize(manifest, ManifestJson.Options);
        return File.WriteAllTextAsync(Path.Combine(directory, ResultsMarker.ManifestFile), json, cancel);
    }

    /// <summary>
    /// Claims <paramref name="folder"/> and writes <paramref name="results"/> to it in one commit (a convenience for
    /// programs and tests; the command line claims its folder before the run starts).
    /// </summary>
    /// <exception cref="ResultsFolderException">The folder exists and <paramref name="overwrite"/> is false, or it
    /// cannot be written.</exception>
    public static async Task WriteAsync(RunResults results, RunManifest manifest, string folder, Func<double, DateTime> toUtc, bool overwrite = false, Action<string>? extras = null)
    {
        using var destination = ResultsDestination.Claim(folder, new ResultsDestinationOptions { Replace = overwrite });
        await destination.WriteAsync(async (staging, cancel) =>
        {
            extras?.Invoke(staging);
            await WriteRunAsync(staging, results, manifest, toUtc, cancel).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>Claims <paramref name="folder"/> and writes replications to it in one commit.</summary>
    public static async Task WriteReplicationsAsync(IReadOnlyList<RunResults> runs, RunManifest manifest, string folder, Func<double, DateTime> toUtc, bool overwrite = false)
    {
        using var destination = ResultsDestination.Claim(folder, new ResultsDestinationOptions { Replace = overwrite });
        await destination.WriteAsync((staging, cancel) => WriteReplicationsAsync(staging, runs, manifest, toUtc, cancel)).ConfigureAwait(false);
    }

    private static Dictionary<string, string> Metadata(RunManifest manifest) => new()
    {
        ["neocloudsim.scenario"] = manifest.Scenario,
        ["neocloudsim.scenario_sha256"] = manifest.ScenarioSha256,
        ["neocloudsim.seed"] = manifest.Seed.ToString(CultureInfo.InvariantCulture),
        ["neocloudsim.version"] = manifest.ProgramVersion,
        ["neocloudsim.fidelity"] = manifest.Fidelity,
    };
}
