using System.CommandLine;
using NeoCloudSim.Outputs;
using NeoCloudSim.Reports.Html;

namespace NeoCloudSim.Cli.Commands;

/// <summary><c>neocloudsim report RESULTS_DIR</c>: writes one self-contained report.html for a results folder.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("results") { Description = "A results folder written by run or compare." };
        var command = new Command("report", "Writes report.html into a results folder: key figures, assumptions, every chart as inline SVG and, for a comparison, the side-by-side table. One file that loads nothing from the network.\n\nExample:\n  neocloudsim report results/default")
        {
            folder,
        };
        command.SetAction((parse, cancel) => ReportAsync(parse.GetValue(folder)!, Console.Out, Console.Error, cancel));
        return command;
    }

    public static async Task<int> ReportAsync(string folder, TextWriter output, TextWriter errors, CancellationToken cancel = default)
    {
        var (view, problem) = await ResultsViewLoader.LoadAsync(folder, cancel).ConfigureAwait(false);
        if (view is null)
        {
            await errors.WriteLineAsync(problem).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        string html = HtmlReport.Render(view);
        try
        {
            await AtomicFolder.AddFilesAsync(folder, staging => File.WriteAllTextAsync(Path.Combine(staging, HtmlReport.FileName), html, cancel), cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("Stopped: the report was not written.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync($"Could not write the report into '{folder}': {error.Message}. Nothing was written.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync($"Report written: {Path.Combine(folder, HtmlReport.FileName)} ({html.Length / 1024} kB)").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
