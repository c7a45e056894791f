using NeoCloudSim.Demand;
using NeoCloudSim.Scenarios.Limits;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Reads a trace a scenario replays when the scenario is loaded (not when the run starts), through a bounded stream,
/// so that a missing, empty, header-only, malformed or endless trace is a scenario problem with the trace's
/// file:line:column, and the run replays the records read here.
/// </summary>
internal static class TraceLoader
{
    /// <summary>The trace's records, or what is wrong with it.</summary>
    public static (IReadOnlyList<TraceRecord>? Records, string? Problem) Load(string path)
    {
        try
        {
            using var reader = BoundedFile.OpenText(path, ScenarioLimits.MaxTraceBytes, "trace file");
            var records = AzureTraceReader.Read(reader, path);
            return records.Count == 0
                ? (null, $"{path}: the trace holds no requests (a header and no rows)")
                : (records, null);
        }
        catch (TraceFormatException error)
        {
            return (null, error.Message.TrimEnd('.'));
        }
        catch (ScenarioException error)
        {
            return (null, error.Message);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot read the trace file: {error.Message}");
        }
    }
}
