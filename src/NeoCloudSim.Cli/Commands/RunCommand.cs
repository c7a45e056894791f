using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using NeoCloudSim.Outputs;
using NeoCloudSim.Outputs.Folders;
using NeoCloudSim.Reports;
using NeoCloudSim.Reports.Charts;
using NeoCloudSim.Scenarios.Reading;
using NeoCloudSim.World;

namespace NeoCloudSim.Cli.Commands;

/// <summary><c>neocloudsim run [scenario.yaml] [--out DIR] [--seed N] [--force]</c>: runs one scenario.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario")
        {
            Description = "Scenario file (YAML). Without one, the built-in default scenario runs.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string?>("--out") { Description = "Results folder (default: results/<scenario name>, or -2, -3, ... if taken)." };
        var seed = new Option<ulong?>("--seed") { Description = "Root seed, replacing the scenario's." };
        var force = new Option<bool>("--force") { Description = "Replace an existing results folder." };
        var quiet = new Option<bool>("--quiet") { Description = "Print nothing but errors." };
        var plots = new Option<bool>("--plots") { Description = "Also draw the charts (capacity, power, time to power, utilization, latency, TTFT distribution, money; PNG and SVG) into the results folder." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object (for scripts), and no progress." };
        var replications = new Option<int>("--replications") { Description = "Independent runs with seeds seed, seed+1, ... in parallel; key figures get 95% confidence intervals.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int?>("--threads") { Description = "Replications run at once, at most (default: one per core). Results are the same whatever the number." };
        var command = new Command("run", "Runs a scenario and writes its results as Parquet files.\n\nExamples:\n  neocloudsim run\n  neocloudsim run scenarios/default.yaml --out results/base --seed 7\n  neocloudsim run --replications 8\n  neocloudsim run --replications 8 --threads 1")
        {
            scenario, output, seed, force, quiet, json, replications, threads, plots,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(scenario),
            parse.GetValue(output),
            parse.GetValue(seed),
            parse.GetValue(force),
            parse.GetValue(quiet),
            Console.Out,
            Console.Error,
            parse.GetValue(replications),
            parse.GetValue(json),
            parse.GetValue(plots),
            parse.GetValue(threads),
            cancel));
        return command;
    }

    /// <summary>Most replications one command runs (each one's results are held until all are written).</summary>
    public const int MaxReplications = 1_000;

    public static async Task<int> RunAsync(string? scenarioPath, string? outputFolder, ulong? seed, bool force, bool quiet, TextWriter output, TextWriter errors, int replications = 1, bool json = false, bool plots = false, int? threads = null, CancellationToken cancel = default)
    {
        if (replications is < 1 or > MaxReplications)
        {
            await errors.WriteLineAsync($"--replications must lie between 1 and {MaxReplications:N0}, not {replications}.").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        if (threads < 1)
        {
            await errors.WriteLineAsync($"--threads must be at least 1, not {threads}.").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        LoadedScenario loaded;
        try
        {
            loaded = scenarioPath is null ? ScenarioReader.ReadDefault() : ScenarioReader.ReadFile(scenarioPath);
        }
        catch (ScenarioException error)
        {
            await errors.WriteLineAsync(error.Message).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        var scenario = seed is { } s ? loaded.Scenario with { Seed = s } : loaded.Scenario;
        using var destination = ResultsFolders.Claim(outputFolder, scenario.Name, force, scenarioPath is null ? [] : [scenarioPath], errors, out int refused);
        if (destination is null)
        {
            return refused;
        }

        var clock = Stopwatch.StartNew();
        if (replications > 1)
        {
            return await RunReplicationsAsync(loaded, scenario, destination, quiet, output, errors, replications, threads, clock, cancel).ConfigureAwait(false);
        }

        RunResults results;
        NeocloudWorld world;
        try
        {
            world = new NeocloudWorld(scenario, loaded.Catalog, loaded.LoadTrace);
            results = RunProgress.Track(!quiet && !json, scenario.HorizonDays, errors, world.Run, cancel);
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("Stopped before the end: nothing was written.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }

        var manifest = Manifest(loaded, scenario) with { Fidelity = results.Summary.Fidelity };
        string scenarioYaml = ScenarioWriter.ToYaml(scenario, loaded.Source);
        int written = await ResultsFolders.WriteAsync(destination, errors, async (dir, stop) =>
        {
            await File.WriteAllTextAsync(Path.Combine(dir, ScenarioFile), scenarioYaml, stop).ConfigureAwait(false);
            if (plots)
            {
                RunCharts.Write(new ResultsView(ResultsFolder.FromResults(results, world.Clock.ToUtc, scenarioYaml), scenario.Name), dir);
            }

            await ResultsWriter.WriteRunAsync(dir, results, manifest, world.Clock.ToUtc, stop).ConfigureAwait(false);
        }, cancel).ConfigureAwait(false);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        if (json)
        {
            await output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(results.Summary, SummaryJson)).ConfigureAwait(false);
        }
        else if (!quiet)
        {
            SummaryTable.Write(output, results.Summary, loaded.Source, destination.Requested, clock.Elapsed);
        }

        return ExitCodes.Success;
    }

    /// <summary>The scenario as run, kept in every results folder.</summary>
    public const string ScenarioFile = "scenario.yaml";

    private static readonly System.Text.Json.JsonSerializerOptions SummaryJson = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static async Task<int> RunReplicationsAsync(LoadedScenario loaded, Scenario scenario, ResultsDestination destination, bool quiet, TextWriter output, TextWriter errors, int count, int? threads, Stopwatch clock, CancellationToken cancel)
    {
        RunResults[] runs;
        try
        {
            runs = RunProgress.TrackReplications(!quiet, scenario.Name, count, errors, progress => Replications.Run(scenario, loaded.Catalog, count, threads, progress, loaded.LoadTrace, cancel));
        }
        catch (ReplicationFailedException error)
        {
            await errors.WriteLineAsync(error.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("Stopped before the end: nothing was written.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }

        var toUtc = new NeoCloudSim.Time.ScenarioClock(scenario.Start).ToUtc;
        string scenarioYaml = ScenarioWriter.ToYaml(scenario, loaded.Source);
        int written = await ResultsFolders.WriteAsync(destination, errors, async (dir, stop) =>
        {
            await File.WriteAllTextAsync(Path.Combine(dir, ScenarioFile), scenarioYaml, stop).ConfigureAwait(false);
            await ResultsWriter.WriteReplicationsAsync(dir, runs, Manifest(loaded, scenario), toUtc, stop).ConfigureAwait(false);
        }, cancel).ConfigureAwait(false);
        if (written == ExitCodes.Success && !quiet)
        {
            SummaryTable.WriteIntervals(output, scenario, runs, loaded.Source, destination.Requested, clock.Elapsed);
        }

        return written;
    }

    /// <summary>The manifest of a folder made from <paramref name="scenario"/>.</summary>
    public static RunManifest Manifest(LoadedScenario loaded, Scenario scenario) => new()
    {
        Scenario = scenario.Name,
        ScenarioSource = loaded.Source,
        ScenarioSha256 = loaded.Sha256,
        Seed = scenario.Seed,
        ProgramVersion = ProgramVersion,
    };

    /// <summary>This program's version, as manifests record it.</summary>
    public static string ProgramVersion { get; } = typeof(RunCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
