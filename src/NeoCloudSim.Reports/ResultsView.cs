using NeoCloudSim.Demand;
using NeoCloudSim.Outputs;
using NeoCloudSim.Outputs.Parquet;
using NeoCloudSim.Reports.Charts;
using NeoCloudSim.Scenarios.Reading;
using NeoCloudSim.World;

namespace NeoCloudSim.Reports;

/// <summary>
/// A results folder as charts and reports see it: its tables, its buckets, and the scenario it ran (read back from
/// its scenario.yaml) for what the tables do not say, such as each class's SLO.
/// </summary>
public sealed class ResultsView
{
    private BucketSeries? _buckets;

    /// <summary>Views <paramref name="folder"/>; its scenario.yaml, if any, is read back with the scenario reader.</summary>
    public ResultsView(ResultsFolder folder, string name = "results")
    {
        ArgumentNullException.ThrowIfNull(folder);
        Folder = folder;
        Name = name;
        if (folder.ScenarioYaml is { } yaml)
        {
            try
            {
                Scenario = ScenarioReader.Read(yaml, $"{name}/scenario.yaml", ".").Scenario;
            }
            catch (ScenarioException error)
            {
                ScenarioProblem = error.Message;
            }
        }
    }

    /// <summary>The tables.</summary>
    public ResultsFolder Folder { get; }

    /// <summary>What the folder is called, for titles and messages.</summary>
    public string Name { get; }

    /// <summary>The scenario as run, when the folder kept it and it still reads.</summary>
    public Scenario? Scenario { get; }

    /// <summary>Why the folder's scenario.yaml could not be read back (a moved trace file, say), or null.</summary>
    public string? ScenarioProblem { get; }

    /// <summary>Whether the folder holds one run's results (rather than a comparison or a sweep).</summary>
    public bool IsRun => Folder.Has(ResultTables.Sites.FileName);

    internal BucketSeries Buckets => _buckets ??= new BucketSeries(Folder.Table(ResultTables.Sites));

    /// <summary>The classes whose TTFT matters (not batch), in the scenario's order; every class present without a scenario.</summary>
    internal IReadOnlyList<string> LatencyClasses(string[] classOfRow)
    {
        var present = classOfRow.Distinct().ToList();
        if (Scenario is null)
        {
            return present;
        }

        return [.. Scenario.Classes.Where(c => c.Kind != WorkloadKind.Batch && present.Contains(c.Id)).Select(c => c.Id)];
    }

    /// <summary>The class's TTFT SLO in ms, when the scenario is known and the class is not batch.</summary>
    internal double? TtftSloMs(string classId) =>
        Scenario?.Classes.Find(c => c.Id == classId) is { Kind: not WorkloadKind.Batch } c ? c.TtftSloMs : null;
}
