using NeoCloudSim.Outputs;
using NeoCloudSim.Reports;

namespace NeoCloudSim.Cli.Commands;

/// <summary>Reads a results folder for <c>plot</c> and <c>report</c>, turning what can go wrong into one clear line.</summary>
internal static class ResultsViewLoader
{
    public static async Task<(ResultsView? View, string? Problem)> LoadAsync(string folder, CancellationToken cancel = default)
    {
        try
        {
            if (Directory.Exists(folder) && !Outputs.Folders.ResultsMarker.IsResultsFolder(folder))
            {
                return (null, $"'{folder}' is not a NeoCloudSim results folder (it has no NeoCloudSim {Outputs.Folders.ResultsMarker.ManifestFile}): plot and report write only into folders that run or compare wrote.");
            }

            var data = await ResultsFolder.ReadAsync(folder, cancel).ConfigureAwait(false);
            var view = new ResultsView(data, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))));
            if (!view.IsRun && !data.Has(Reports.Charts.RunCharts.ComparisonTable))
            {
                return (null, $"'{folder}' holds neither one run's results (sites.parquet) nor a comparison (compare.parquet). For replications, point at one of its replication-N folders, or use neocloudsim compare.");
            }

            return (view, null);
        }
        catch (Exception error) when (error is DirectoryNotFoundException or InvalidDataException or UnauthorizedAccessException)
        {
            return (null, error.Message);
        }
    }
}
