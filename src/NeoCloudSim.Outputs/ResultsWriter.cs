using System.Globalization;
using System.Text.Json;
using NeoCloudSim.Outputs.Parquet;
using NeoCloudSim.World;

namespace NeoCloudSim.Outputs;

/// <summary>
/// Writes a run's results folder: one Parquet file per table (see <see cref="ResultTables"/>) and manifest.json.
/// The folder is written beside its destination under a temporary name and moved into place only when complete,
/// so a folder with that name is always whole; an existing folder is never touched unless <c>overwrite</c> is set.
/// </summary>
public static class ResultsWriter
{
    /// <summary>
    /// Writes independent replications of one scenario: <c>replications.parquet</c> (one summary row per
    /// replication, in replication order) and each replication's full results in <c>replication-N/</c>; atomically.
    /// </summary>
    public static Task WriteReplicationsAsync(IReadOnlyList<RunResults> runs, RunManifest manifest, string folder, Func<double, DateTime> toUtc, bool overwrite = false, Action<string>? extras = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(manifest);
        return AtomicFolder.WriteAsync(folder, overwrite, async staging =>
        {
            for (int i = 0; i < runs.Count; i++)
            {
                await WriteAsync(runs[i], manifest with { Seed = manifest.Seed + (ulong)i }, Path.Combine(staging, $"replication-{i.ToString(CultureInfo.InvariantCulture)}"), toUtc).ConfigureAwait(false);
            }

            var summaries = new List<RunSummary>(runs.Count);
            foreach (var run in runs)
            {
                summaries.Add(run.Summary);
            }

            await ResultTables.Summary.WriteAsync(staging, summaries, Metadata(manifest), "replications.parquet").ConfigureAwait(false);
            extras?.Invoke(staging);
        });
    }

    private static Dictionary<string, string> Metadata(RunManifest manifest) => new()
    {
        ["neocloudsim.scenario"] = manifest.Scenario,
        ["neocloudsim.scenario_sha256"] = manifest.ScenarioSha256,
        ["neocloudsim.seed"] = manifest.Seed.ToString(CultureInfo.InvariantCulture),
        ["neocloudsim.version"] = manifest.ProgramVersion,
        ["neocloudsim.fidelity"] = manifest.Fidelity,
    };

    /// <summary>Writes <paramref name="results"/> to <paramref name="folder"/>.</summary>
    /// <exception cref="IOException">The folder exists and <paramref name="overwrite"/> is false.</exception>
    /// <param name="results">The run's results.</param>
    /// <param name="manifest">What made them.</param>
    /// <param name="folder">The results folder.</param>
    /// <param name="toUtc">The scenario's clock, for build-out event timestamps.</param>
    /// <param name="overwrite">Replace an existing folder.</param>
    /// <param name="extras">Writes more files (charts) into the folder before it is moved into place.</param>
    public static Task WriteAsync(RunResults results, RunManifest manifest, string folder, Func<double, DateTime> toUtc, bool overwrite = false, Action<string>? extras = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(toUtc);
        return AtomicFolder.WriteAsync(folder, overwrite, async temporary =>
        {
            var metadata = Metadata(manifest);
            var buildOut = new List<(Metrics.BuildOutEvent, DateTime)>(results.BuildOut.Count);
            foreach (var e in results.BuildOut)
            {
                buildOut.Add((e, toUtc(e.TimeSeconds)));
            }

            await ResultTables.Summary.WriteAsync(temporary, [results.Summary], metadata).ConfigureAwait(false);
            await ResultTables.Sites.WriteAsync(temporary, results.Sites, metadata).ConfigureAwait(false);
            await ResultTables.Skus.WriteAsync(temporary, results.Skus, metadata).ConfigureAwait(false);
            await ResultTables.Classes.WriteAsync(temporary, results.Classes, metadata).ConfigureAwait(false);
            await ResultTables.Latency.WriteAsync(temporary, results.Latency, metadata).ConfigureAwait(false);
            await ResultTables.TtftDistribution.WriteAsync(temporary, results.TtftDistribution, metadata).ConfigureAwait(false);
            await ResultTables.Routing.WriteAsync(temporary, results.Routing, metadata).ConfigureAwait(false);
            await ResultTables.Money.WriteAsync(temporary, results.Money, metadata).ConfigureAwait(false);
            await ResultTables.BuildOut.WriteAsync(temporary, buildOut, metadata).ConfigureAwait(false);
            await ResultTables.Requests.WriteAsync(temporary, results.Requests, metadata).ConfigureAwait(false);

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
            extras?.Invoke(temporary);
            var json = JsonSerializer.Serialize(manifest with { Files = files }, ManifestJson.Options);
            await File.WriteAllTextAsync(Path.Combine(temporary, "manifest.json"), json).ConfigureAwait(false);
        });
    }
}
