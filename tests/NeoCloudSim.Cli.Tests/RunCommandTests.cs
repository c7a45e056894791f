using NeoCloudSim.Cli.Commands;
using NeoCloudSim.Scenarios.Reading;
using NeoCloudSim.World;

namespace NeoCloudSim.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "neocloudsim-cli-" + Guid.NewGuid().ToString("N"));

    public RunCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string SmallScenario => TestScenarios.Small();

    [Fact]
    public async Task A_run_writes_the_results_folder_and_prints_the_summary()
    {
        string scenario = Write("small.yaml", SmallScenario);
        string output = Path.Combine(_root, "out");
        var stdout = new StringWriter();
        int code = await RunCommand.RunAsync(scenario, output, seed: 9, force: false, quiet: false, stdout, new StringWriter());

        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(output, "summary.parquet")));
        string manifest = File.ReadAllText(Path.Combine(output, "manifest.json"));
        Assert.Contains("\"seed\": 9", manifest, StringComparison.Ordinal);
        Assert.Contains("stranded GPU-days", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("TTFT p50 / p99", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_scenario_exits_2_with_the_place_of_the_error_and_writes_nothing()
    {
        string scenario = Write("broken.yaml", SmallScenario.Replace("horizon_days: 2", "horizon_dayz: 2", StringComparison.Ordinal));
        string output = Path.Combine(_root, "out");
        var stderr = new StringWriter();
        int code = await RunCommand.RunAsync(scenario, output, null, false, true, new StringWriter(), stderr);

        Assert.Equal(2, code);
        Assert.Contains("broken.yaml:2:1: horizon_dayz: unknown field 'horizon_dayz'", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Replications_can_be_held_to_one_thread_and_threads_below_one_are_refused()
    {
        string scenario = Write("small.yaml", SmallScenario);
        var stderr = new StringWriter();
        int refused = await RunCommand.RunAsync(scenario, Path.Combine(_root, "none"), null, false, true, new StringWriter(), stderr, replications: 2, threads: 0);
        Assert.Equal(2, refused);
        Assert.Contains("--threads must be at least 1", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "none")));

        string output = Path.Combine(_root, "one-thread");
        int code = await RunCommand.RunAsync(scenario, output, null, false, true, new StringWriter(), new StringWriter(), replications: 2, threads: 1);
        Assert.Equal(0, code);
        Assert.True(Directory.Exists(output));
    }

    [Fact]
    public async Task An_existing_results_folder_is_kept_unless_forced_and_a_folder_of_the_user_never_replaced()
    {
        string scenario = Write("small.yaml", SmallScenario);
        string mine = Path.Combine(_root, "mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "precious");

        var errors = new StringWriter();
        Assert.Equal(3, await RunCommand.RunAsync(scenario, mine, null, false, true, new StringWriter(), errors));
        Assert.Equal(3, await RunCommand.RunAsync(scenario, mine, null, true, true, new StringWriter(), errors));
        Assert.Contains("was not written by NeoCloudSim", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(mine).Select(Path.GetFileName));

        string results = Path.Combine(_root, "out");
        Assert.Equal(0, await RunCommand.RunAsync(scenario, results, 1, false, true, new StringWriter(), new StringWriter()));
        Assert.Equal(3, await RunCommand.RunAsync(scenario, results, 2, false, true, new StringWriter(), new StringWriter()));
        Assert.Contains("\"seed\": 1", File.ReadAllText(Path.Combine(results, "manifest.json")), StringComparison.Ordinal);
        Assert.Equal(0, await RunCommand.RunAsync(scenario, results + "/", 2, true, true, new StringWriter(), new StringWriter()));
        Assert.Contains("\"seed\": 2", File.ReadAllText(Path.Combine(results, "manifest.json")), StringComparison.Ordinal);
        Assert.Equal(["mine", "out", "small.yaml"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void The_default_scenario_shows_the_product_with_non_trivial_figures()
    {
        // The built-in default, run whole (75 days, ~12 M requests): the figures its summary prints must all be
        // non-trivial, and the story it tells must hold: the campus strands its GPUs until grid power comes.
        var loaded = ScenarioReader.ReadDefault();
        var results = new NeocloudWorld(loaded.Scenario, loaded.Catalog).Run();
        var s = results.Summary;
        Assert.True(s.StrandedGpuDays > 1_000, $"stranded {s.StrandedGpuDays}");
        Assert.InRange(s.Utilization, 0.05, 0.95);
        Assert.True(s.TtftP99Ms > 2 * s.TtftP50Ms, $"p50 {s.TtftP50Ms}, p99 {s.TtftP99Ms}");
        Assert.InRange(s.SloAttainment, 0.5, 0.999);
        Assert.True(s.RevenueUsd > 10_000);
        Assert.True(s.CostUsd > 0 && s.MarginUsd != 0);
        var campus = results.ServiceTotals.Where(t => t.Site == "campus-tx").Sum(t => t.Tally.Served);
        var energized = results.BuildOut.Single(e => e.Site == "campus-tx" && e.Kind == Metrics.BuildOutEventKind.FeedEnergized);
        Assert.True(energized.TimeSeconds < loaded.Scenario.HorizonDays * 86_400, "the campus must get power within the horizon");
        Assert.True(campus > 0, "once powered, the campus serves the overflow of the edges");
    }
}

public sealed class ValidateAndCatalogCommandTests
{
    [Fact]
    public void Validate_reports_every_bad_file_and_exits_2()
    {
        string folder = Directory.CreateTempSubdirectory("neocloudsim-validate-").FullName;
        try
        {
            string good = Path.Combine(folder, "good.yaml");
            string bad = Path.Combine(folder, "bad.yaml");
            File.WriteAllText(good, "name: g\n");
            File.WriteAllText(bad, "name: b\nsites: [{ id: s, region: nowhere, shell: { megawatts: 1 } }]\n");
            var output = new StringWriter();
            var errors = new StringWriter();

            Assert.Equal(2, ValidateCommand.Validate([good, bad], output, errors));
            Assert.Contains("good.yaml: ok", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("sites[0].region: unknown region 'nowhere'", errors.ToString(), StringComparison.Ordinal);
            Assert.Equal(0, ValidateCommand.Validate([good], new StringWriter(), new StringWriter()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Catalog_lists_every_built_in_sku_with_its_sources()
    {
        var output = new StringWriter();
        Assert.Equal(0, CatalogCommand.Print(output, withSources: true));
        foreach (string sku in new[] { "h100", "h200", "b200", "gb200-nvl72", "mi300x" })
        {
            Assert.Contains(sku, output.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains("splitwise-perf", output.ToString(), StringComparison.Ordinal);
    }
}

public sealed class InitCommandTests
{
    [Fact]
    public void Init_writes_a_valid_commented_starter_and_never_overwrites()
    {
        string folder = Directory.CreateTempSubdirectory("neocloudsim-init-").FullName;
        try
        {
            string path = Path.Combine(folder, "mine.yaml");
            Assert.Equal(0, InitCommand.Init(path, new StringWriter(), new StringWriter()));
            string text = File.ReadAllText(path);
            Assert.StartsWith("# ", text, StringComparison.Ordinal);
            Assert.Equal(0, ValidateCommand.Validate([path], new StringWriter(), new StringWriter()));

            File.WriteAllText(path, "mine");
            Assert.Equal(3, InitCommand.Init(path, new StringWriter(), new StringWriter()));
            Assert.Equal("mine", File.ReadAllText(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class CancellationTests
{
    [Fact]
    public async Task A_stopped_run_writes_nothing_and_exits_130()
    {
        string folder = Path.Combine(Path.GetTempPath(), "neocloudsim-cancel-" + Guid.NewGuid().ToString("N"));
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();
        var errors = new StringWriter();
        int code = await RunCommand.RunAsync(null, folder, null, false, true, new StringWriter(), errors, cancel: stop.Token);
        Assert.Equal(130, code);
        Assert.Contains("nothing was written", errors.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
        Assert.Empty(Directory.GetDirectories(Path.GetTempPath(), $".{Path.GetFileName(folder)}*"));
    }
}
