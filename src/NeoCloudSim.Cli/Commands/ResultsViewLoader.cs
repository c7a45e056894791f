using NeoCloudSim.Outputs;
using NeoCloudSim.Reports;

namespace NeoCloudSim.Cli.Commands;

/// <summary>Reads a results folder for <c>plot</c> and <c>report</c>, turning what can go wrong into one clear line.</summary>
internal static class ResultsViewLoader
{
    public static async Task<(ResultsView? View, string? Problem)> LoadAsync(string folder)
    {
        try
        {
            var data = await ResultsFolder.ReadAsync(folder).ConfigureAwait(false);
            var view = new ResultsView(data, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))));
            if (!view.IsRun && !data.Has(Reports.Charts.RunCharts.ComparisonTable))
            {
                return (null, $"'{folder}' holds neither one run's results (sites.parquet) nor a comparison (compare.parquet). For replications, point at one of its replication-N folders, or use neocloudsim compare.");
            }

            return (view, null);
        }
        catch (Exception error) when (error is DirectoryNotFoundException or InvalidDataException)
        {
            return (null, error.Message);
        }
    }
}
