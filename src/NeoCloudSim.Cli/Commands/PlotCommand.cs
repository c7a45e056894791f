using System.CommandLine;
using NeoCloudSim.Outputs;
using NeoCloudSim.Reports.Charts;

namespace NeoCloudSim.Cli.Commands;

/// <summary><c>neocloudsim plot RESULTS_DIR</c>: draws the charts of a results folder from its Parquet files.</summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("results") { Description = "A results folder written by run or compare." };
        var command = new Command("plot", "Draws the charts of a results folder from its Parquet files, as PNG and SVG (1200x700) into the same folder: capacity, power, time to power, utilization, latency, TTFT distribution and money for a run; the comparison for a compare folder.\n\nExample:\n  neocloudsim plot results/default")
        {
            folder,
        };
        command.SetAction((parse, cancel) => PlotAsync(parse.GetValue(folder)!, Console.Out, Console.Error, cancel));
        return command;
    }

    public static async Task<int> PlotAsync(string folder, TextWriter output, TextWriter errors, CancellationToken cancel = default)
    {
        var (view, problem) = await ResultsViewLoader.LoadAsync(folder, cancel).ConfigureAwait(false);
        if (view is null)
        {
            await errors.WriteLineAsync(problem).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        IReadOnlyList<string> written;
        try
        {
            written = await AtomicFolder.AddFilesAsync(folder, staging =>
            {
                RunCharts.Write(view, staging);
                return Task.CompletedTask;
            }, cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("Stopped: no chart was written.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync($"Could not write the charts into '{folder}': {error.Message}. No chart was written.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync($"{written.Count} chart files written to {folder}: {string.Join(", ", written.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))} (and .svg)").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
