using NeoCloudSim.Outputs;
using NeoCloudSim.Reports.Charts;

namespace NeoCloudSim.Reports.Tests;

[Trait("Speed", "Slow")]
public sealed class RunChartsTests(RunFolderFixture run) : IClassFixture<RunFolderFixture>
{
    private static readonly string[] RunChartNames = ["capacity", "power", "time-to-power", "utilization", "latency", "ttft-cdf", "money"];

    [Fact]
    public async Task Every_chart_is_drawn_from_the_Parquet_files_with_title_units_and_legend()
    {
        var view = new ResultsView(await ResultsFolder.ReadAsync(run.Folder), "run");
        string folder = run.NewFolder("charts");
        var files = RunCharts.Write(view, folder);

        Assert.Equal(RunChartNames.SelectMany(n => new[] { n + ".png", n + ".svg" }), files);
        foreach (string png in files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, png));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            Assert.True(bytes.Length > 20_000, $"{png} is only {bytes.Length} bytes: blank?");
        }

        // Titles, axis units and legend entries that say what is drawn, chart by chart.
        AssertSvgSays(folder, "capacity", "Capacity: GPUs by state against demand", "Date (UTC)", "GPUs ordered", "GPUs stranded", "Demand (requests/s)");
        AssertSvgSays(folder, "power", "Power per site: requested", "MW", "campus-tx energized", "edge-nyc requested");
        AssertSvgSays(folder, "time-to-power", "Time to power per site and feed", "campus-tx feed 0", "waiting for power", "GPUs delivered");
        AssertSvgSays(folder, "utilization", "Utilization (%)", "campus-tx");
        AssertSvgSays(folder, "latency", "TTFT (ms)", "chat p99", "chat SLO");
        AssertSvgSays(folder, "ttft-cdf", "TTFT (ms, log scale)", "Requests served within (%)", "chat SLO");
        AssertSvgSays(folder, "money", "Thousand USD", "cost: GPU depreciation", "revenue", "margin");
    }

    [Fact]
    public async Task Charts_drawn_after_a_run_and_from_its_folder_are_the_same()
    {
        var fromDisk = new ResultsView(await ResultsFolder.ReadAsync(run.Folder), "run");
        var inMemory = new ResultsView(ResultsFolder.FromResults(run.Results, run.ToUtc, run.ScenarioYaml), "run");
        var disk = RunCharts.Draw(fromDisk);
        var memory = RunCharts.Draw(inMemory);

        Assert.Equal(disk.Select(c => c.Name), memory.Select(c => c.Name));
        for (int i = 0; i < disk.Count; i++)
        {
            Assert.Equal(RunCharts.Svg(memory[i].Plot, memory[i].Name), RunCharts.Svg(disk[i].Plot, disk[i].Name));
        }
    }

    [Fact]
    public async Task The_time_to_power_chart_says_how_long_each_feed_waited()
    {
        // The edge feed was requested and energized before the start: its label must give the wait between the two
        // dates of the build-out log, which keeps dates before the start. The campus is still waiting at day 10.
        var view = new ResultsView(await ResultsFolder.ReadAsync(run.Folder), "run");
        var events = run.Results.BuildOut;
        var requested = events.Single(e => e.Site == "edge-nyc" && e.Feed == 0 && e.Kind == Metrics.BuildOutEventKind.FeedRequested);
        var energized = events.First(e => e.Site == "edge-nyc" && e.Feed == 0 && e.Kind == Metrics.BuildOutEventKind.FeedEnergized);
        Assert.True(energized.TimeSeconds < 0, "the edge feed of the default scenario is energized before the start");
        double months = (energized.TimeSeconds - requested.TimeSeconds) / 86_400 / 30.44;
        string svg = RunCharts.Svg(RunCharts.Draw(view).Single(c => c.Name == "time-to-power").Plot, "time-to-power");

        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"edge-nyc feed 0 ({requested.Megawatts:G3} MW, {months:0.#} months)"), svg, StringComparison.Ordinal);
        Assert.Contains("campus-tx feed 0 (0.3 MW, not energized by the end)", svg, StringComparison.Ordinal);
    }

    private static void AssertSvgSays(string folder, string chart, params string[] texts)
    {
        string svg = File.ReadAllText(Path.Combine(folder, chart + ".svg"));
        foreach (string text in texts)
        {
            Assert.True(svg.Contains(text, StringComparison.Ordinal), $"{chart}.svg does not say '{text}'");
        }
    }
}
