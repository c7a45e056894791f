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
        command.SetAction((parse, _) => ReportAsync(parse.GetValue(folder)!, Console.Out, Console.Error));
        return command;
    }

    public static async Task<int> ReportAsync(string folder, TextWriter output, TextWriter errors)
    {
        var (view, problem) = await ResultsViewLoader.LoadAsync(folder).ConfigureAwait(false);
        if (view is null)
        {
            await errors.WriteLineAsync(problem).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        string html = HtmlReport.Render(view);
        await AtomicFolder.AddFilesAsync(folder, staging => File.WriteAllTextAsync(Path.Combine(staging, HtmlReport.FileName), html)).ConfigureAwait(false);
        await output.WriteLineAsync($"Report written: {Path.Combine(folder, HtmlReport.FileName)} ({html.Length / 1024} kB)").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
