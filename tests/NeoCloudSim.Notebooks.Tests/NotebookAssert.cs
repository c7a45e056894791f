using Xunit.Abstractions;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>What every notebook must do when it runs.</summary>
internal static class NotebookAssert
{
    /// <summary>Charts smaller than this are blank or broken: a drawn 1200x700 chart is well over it.</summary>
    public const long MinChartBytes = 20_000;

    /// <summary>Every code cell ran (an exception would have stopped the run), something was displayed, and each chart
    /// displayed is a PNG file of a real size, also shown inline as an HTML image of the same bytes.</summary>
    public static void RanEveryCellAndShowedItsCharts(NotebookRun run, ITestOutputHelper output)
    {
        output.WriteLine($"{run.Notebook.FileName}: {run.CellsRun} code cells in {run.Elapsed.TotalSeconds:F1} s; displayed:");
        foreach (var item in run.Globals.Displayed)
        {
            output.WriteLine(item switch
            {
                HtmlContent html => $"  HTML, {html.Html.Length:N0} characters",
                string or null => "  " + item,
                System.Collections.IEnumerable list => "  " + string.Join("\n  ", list.Cast<object>()),
                _ => "  " + item,
            });
        }

        Assert.Equal(run.Notebook.CodeCells.Count, run.CellsRun);
        Assert.NotEmpty(run.Globals.Displayed);
        Assert.NotEmpty(run.Charts);
        foreach (string chart in run.Charts)
        {
            Assert.True(File.Exists(chart), $"{run.Notebook.FileName} displayed {chart}, which is not there");
            byte[] bytes = File.ReadAllBytes(chart);
            Assert.True(bytes.Length > MinChartBytes, $"{chart}: {bytes.Length} bytes, a blank chart?");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            string inline = "data:image/png;base64," + Convert.ToBase64String(bytes);
            Assert.Contains(run.Html, html => html.Contains(inline, StringComparison.Ordinal));
        }
    }
}
