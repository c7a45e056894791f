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
    /// <summary>Writes <paramref name="results"/> to <paramref name="folder"/>.</summary>
    /// <exception cref="IOException">The folder exists and <paramref name="overwrite"/> is false.</exception>
    public static async Task WriteAsync(RunResults results, RunManifest manifest, string folder, Func<double, DateTime> toUtc, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(toUtc);
        string target = Path.GetFullPath(folder);
        if (Directory.Exists(target) && !overwrite)
        {
            throw new IOException($"The results folder '{folder}' already exists; choose another or allow overwriting.");
        }

        string parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        string temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }

        Directory.CreateDirectory(temporary);
        try
        {
            var metadata = new Dictionary<string, string>
            {
                ["neocloudsim.scenario"] = manifest.Scenario,
                ["neocloudsim.scenario_sha256"] = manifest.ScenarioSha256,
                ["neocloudsim.seed"] = manifest.Seed.ToString(CultureInfo.InvariantCulture),
                ["neocloudsim.version"] = manifest.ProgramVersion,
                ["neocloudsim.fidelity"] = manifest.Fidelity,
            };
            var buildOut = new List<(Metrics.BuildOutEvent, DateTime)>(results.BuildOut.Count);
            foreach (var e in results.BuildOut)
            {
                buildOut.Add((e, toUtc(e.TimeSeconds)));
            }

            await ResultTables.Summary.WriteAsync(temporary, [results.Summary], metadata).ConfigureAwait(false);
            await ResultTables.Sites.WriteAsync(temporary, results.Sites, metadata).ConfigureAwait(false);
            await ResultTables.Skus.WriteAsync(temporary, results.Skus, metadata).ConfigureAwait(false);
            await ResultTables.Classes.WriteAsync(temporary, results.Classes, metadata).ConfigureAwait(false);
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
                [ResultTables.Routing.FileName] = results.Routing.Count,
                [ResultTables.Money.FileName] = results.Money.Count,
                [ResultTables.BuildOut.FileName] = buildOut.Count,
                [ResultTables.Requests.FileName] = results.Requests.Count,
            };
            var json = JsonSerializer.Serialize(manifest with { Files = files }, ManifestJson.Options);
            await File.WriteAllTextAsync(Path.Combine(temporary, "manifest.json"), json).ConfigureAwait(false);

            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(temporary, target);
        }
        catch
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }

            throw;
        }
    }
}
