using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using NeoCloudSim.Outputs;
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

    public static async Task<int> RunAsync(string? scenarioPath, string? outputFolder, ulong? seed, bool force, bool quiet, TextWriter output, TextWriter errors, int replications = 1, bool json = false, bool plots = false, int? threads = null, CancellationToken cancel = default)
    {
        if (replications < 1)
        {
            await errors.WriteLineAsync($"--replications must be at least 1, not {replications}.").ConfigureAwait(false);
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
        string folder = outputFolder ?? FreeFolder(Path.Combine("results", scenario.Name));
        if (Directory.Exists(folder) && !force)
        {
            await errors.WriteLineAsync($"The results folder '{folder}' already exists: choose another with --out, or replace it with --force.").ConfigureAwait(false);
            return ExitCodes.OutputExists;
        }

        var clock = Stopwatch.StartNew();
        if (replications > 1)
        {
            return await RunReplicationsAsync(loaded, scenario, folder, force, quiet, output, errors, replications, threads, clock).ConfigureAwait(false);
        }

        var world = new NeocloudWorld(scenario, loaded.Catalog);
        RunResults results;
        try
        {
            results = RunProgress.Track(!quiet && !json, scenario.HorizonDays, errors, world.Run, cancel);
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("Stopped before the end: nothing was written.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }

        var manifest = Manifest(loaded, scenario) with { Fidelity = results.Summary.Fidelity };
        string scenarioYaml = ScenarioWriter.ToYaml(scenario, loaded.Source);
        await ResultsWriter.WriteAsync(results, manifest, folder, world.Clock.ToUtc, overwrite: force, extras: dir =>
        {
            File.WriteAllText(Path.Combine(dir, ScenarioFile), scenarioYaml);
            if (plots)
            {
                RunCharts.Write(new ResultsView(ResultsFolder.FromResults(results, world.Clock.ToUtc, scenarioYaml), scenario.Name), dir);
            }
        }).ConfigureAwait(false);
        if (json)
        {
            await output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(results.Summary, SummaryJson)).ConfigureAwait(false);
        }
        else if (!quiet)
        {
            SummaryTable.Write(output, results.Summary, loaded.Source, folder, clock.Elapsed);
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

    private static async Task<int> RunReplicationsAsync(LoadedScenario loaded, Scenario scenario, string folder, bool force, bool quiet, TextWriter output, TextWriter errors, int count, int? threads, Stopwatch clock)
    {
        RunResults[] runs;
        try
        {
            runs = RunProgress.TrackReplications(!quiet, scenario.Name, count, errors, progress => Replications.Run(scenario, loaded.Catalog, count, threads, progress));
        }
        catch (ReplicationFailedException error)
        {
            await errors.WriteLineAsync(error.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        var toUtc = new NeoCloudSim.Time.ScenarioClock(scenario.Start).ToUtc;
        string scenarioYaml = ScenarioWriter.ToYaml(scenario, loaded.Source);
        await ResultsWriter.WriteReplicationsAsync(runs, Manifest(loaded, scenario), folder, toUtc, overwrite: force, extras: dir => File.WriteAllText(Path.Combine(dir, ScenarioFile), scenarioYaml)).ConfigureAwait(false);
        if (!quiet)
        {
            SummaryTable.WriteIntervals(output, scenario, runs, loaded.Source, folder, clock.Elapsed);
        }

        return ExitCodes.Success;
    }

    private static RunManifest Manifest(LoadedScenario loaded, Scenario scenario) => new()
    {
        Scenario = scenario.Name,
        ScenarioSource = loaded.Source,
        ScenarioSha256 = loaded.Sha256,
        Seed = scenario.Seed,
        ProgramVersion = typeof(RunCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
    };

    /// <summary>The folder, or the first of folder-2, folder-3, ... that does not exist: a run without --out never
    /// touches earlier results.</summary>
    private static string FreeFolder(string folder)
    {
        string candidate = folder;
        for (int n = 2; Directory.Exists(candidate); n++)
        {
            candidate = $"{folder}-{n}";
        }

        return candidate;
    }
}
