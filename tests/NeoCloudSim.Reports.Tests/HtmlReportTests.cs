using System.Globalization;
using System.Text.RegularExpressions;
using NeoCloudSim.Outputs;
using NeoCloudSim.Outputs.Parquet;
using NeoCloudSim.Reports.Html;
using NeoCloudSim.Reports.Tests.Browser;
using SkiaSharp;

namespace NeoCloudSim.Reports.Tests;

[Trait("Speed", "Slow")]
public sealed partial class HtmlReportTests(RunFolderFixture run) : IClassFixture<RunFolderFixture>
{
    private const int ChartCount = 7;

    [Fact]
    public async Task The_report_is_one_file_that_needs_nothing_from_outside()
    {
        string html = HtmlReport.Render(new ResultsView(await ResultsFolder.ReadAsync(run.Folder), "run"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"url\((?!#)", html); // only references inside the page (clip paths)
        Assert.Empty(ExternalReference().Matches(html));
        Assert.Equal(ChartCount, Regex.Count(html, "<svg "));
        Assert.Contains("Assumptions", html, StringComparison.Ordinal);
        Assert.Contains("campus-tx", html, StringComparison.Ordinal);
        Assert.Contains("TTFT ≤ 1000 ms", html, StringComparison.Ordinal); // the chat class's SLO, from scenario.yaml
    }

    [Fact]
    public async Task Chromium_shows_the_report_without_errors_with_the_summary_figures_and_visible_charts()
    {
        var folder = await ResultsFolder.ReadAsync(run.Folder);
        string page = Path.Combine(run.NewFolder("report"), HtmlReport.FileName);
        await File.WriteAllTextAsync(page, HtmlReport.Render(new ResultsView(folder, "run")));
        var summary = folder.Table(ResultTables.Summary);

        await using var browser = await HeadlessChromium.StartAsync(1280, 900);
        await browser.NavigateAsync(new Uri(page).AbsoluteUri);

        Assert.Empty(browser.Errors);
        Assert.All(browser.RequestedUrls, url => Assert.True(url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), $"the page asked the network for {url}"));

        // Every key figure on the page carries the summary's value and shows it as the report formats it.
        var shown = (await browser.EvaluateAsync("[...document.querySelectorAll('[data-figure]')].map(e => [e.dataset.figure, e.dataset.value, e.querySelector('.value').textContent])"))!.AsArray();
        Assert.Equal(HtmlReport.KeyFigures.Select(f => f.Column), shown.Select(f => (string?)f![0]));
        foreach (var figure in shown)
        {
            string column = (string)figure![0]!;
            double expected = summary.Numbers(column)[0];
            Assert.Equal(expected, double.Parse((string)figure[1]!, CultureInfo.InvariantCulture));
            Assert.Equal(HtmlReport.KeyFigures.Single(f => f.Column == column).Show(expected), (string?)figure[2]);
        }

        // Each chart is laid out at a readable size.
        var widths = (await browser.EvaluateAsync("[...document.querySelectorAll('figure svg')].map(s => s.getBoundingClientRect().width)"))!.AsArray();
        Assert.Equal(ChartCount, widths.Count);
        Assert.All(widths, w => Assert.True((double)w! > 600, $"a chart is only {w} px wide"));

        // The screenshot is a page, not a blank: many colors, none covering nearly everything.
        using var screenshot = SKBitmap.Decode(await browser.ScreenshotAsync());
        var counts = new Dictionary<SKColor, int>();
        for (int y = 0; y < screenshot.Height; y += 3)
        {
            for (int x = 0; x < screenshot.Width; x += 3)
            {
                var color = screenshot.GetPixel(x, y);
                counts[color] = counts.GetValueOrDefault(color) + 1;
            }
        }

        Assert.True(screenshot.Height > 3000, $"the page is only {screenshot.Height} px tall: are the charts there?");
        Assert.True(counts.Count > 200, $"only {counts.Count} colors in the screenshot");
        Assert.True(counts.Values.Max() < 0.9 * counts.Values.Sum(), "one color covers 90% of the screenshot");
    }

    /// <summary>src or href attributes, and any address the page could fetch (the SVG namespace excepted).</summary>
    [GeneratedRegex(@"\b(src|href)\s*=|https?://(?!www\.w3\.org/)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
