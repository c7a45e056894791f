using System.CommandLine;
using System.Globalization;
using MathNet.Numerics.Distributions;
using NeoCloudSim.Outputs;
using NeoCloudSim.Outputs.Folders;
using NeoCloudSim.Outputs.Parquet;
using NeoCloudSim.Scenarios.Reading;
using NeoCloudSim.World;

namespace NeoCloudSim.Cli.Commands;

/// <summary><c>neocloudsim compare A.yaml B.yaml [--replications N]</c>: two strategies side by side.</summary>
internal static class CompareCommand
{
    public static readonly ResultTable<ComparisonRow> Table = new ResultTable<ComparisonRow>("compare.parquet", "one key figure compared between two scenarios")
        .Text("figure", "Key figure (a column of summary.parquet).", r => r.Figure)
        .Text("unit", "Its unit.", r => r.Unit)
        .Value("mean_a", "figure's unit", "Mean over the replications of the first scenario.", r => r.MeanA)
        .Value("half_width_a", "figure's unit", "Half-width of its 95% confidence interval.", r => r.HalfWidthA)
        .Value("mean_b", "figure's unit", "Mean over the replications of the second scenario.", r => r.MeanB)
        .Value("half_width_b", "figure's unit", "Half-width of its 95% confidence interval.", r => r.HalfWidthB)
        .Text("better", "A, B or tie, by the figure's direction (higher or lower is better).", r => r.Better)
        .Value("p_value", "-", "Two-sided p-value of Welch's t-test between the two sets of replications.", r => r.PValue)
        .Value("significant", "-", "p_value < 0.05.", r => r.Significant);

    private static readonly System.Text.Json.JsonSerializerOptions JsonRows = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "First scenario file." };
        var b = new Argument<string>("b") { Description = "Second scenario file." };
        var replications = new Option<int>("--replications") { Description = "Replications per scenario (seeds seed..seed+N-1).", DefaultValueFactory = _ => 5 };
        var output = new Option<string?>("--out") { Description = "Folder for compare.parquet (default: results/compare-A-vs-B)." };
        var force = new Option<bool>("--force") { Description = "Replace an existing folder." };
        var json = new Option<bool>("--json") { Description = "Print the comparison as JSON (one object per figure) instead of a table." };
        var command = new Command("compare", "Runs two scenarios with the same replications and shows their key figures side by side with 95% confidence intervals, which is better and whether the difference is significant.\n\nExample:\n  neocloudsim compare scenarios/default.yaml my-variant.yaml --replications 8")
        {
            a, b, replications, output, force, json,
        };
        command.SetAction((parse, cancel) => CompareAsync(parse.GetValue(a)!, parse.GetValue(b)!, parse.GetValue(replications), parse.GetValue(output), parse.GetValue(force), Console.Out, Console.Error, parse.GetValue(json), cancel));
        return command;
    }

    public static async Task<int> CompareAsync(string pathA, string pathB, int count, string? outputFolder, bool force, TextWriter output, TextWriter errors, bool json = false, CancellationToken cancel = default)
    {
        if (count is < 2 or > RunCommand.MaxReplications)
        {
            await errors.WriteLineAsync($"compare needs between 2 and {RunCommand.MaxReplications:N0} replications per scenario (confidence intervals need 2).").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        LoadedScenario loadedA, loadedB;
        try
        {
            loadedA = ScenarioReader.ReadFile(pathA);
            loadedB = ScenarioReader.ReadFile(pathB);
        }
        catch (ScenarioException error)
        {
            await errors.WriteLineAsync(error.Message).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        using var destination = ResultsFolders.Claim(outputFolder, $"compare-{ResultsNames.FolderName(loadedA.Scenario.Name)}-vs-{ResultsNames.FolderName(loadedB.Scenario.Name)}", force, [pathA, pathB], errors, out int refused);
        if (destination is null)
        {
            return refused;
        }

        RunResults[] runsA, runsB;
        try
        {
            runsA = RunProgress.TrackReplications(!json, loadedA.Scenario.Name, count, errors, progress => Replications.Run(loadedA.Scenario, loadedA.Catalog, count, progress: progress, loadTrace: loadedA.LoadTrace, cancel: cancel));
            runsB = RunProgress.TrackReplications(!json, loadedB.Scenario.Name, count, errors, progress => Replications.Run(loadedB.Scenario, loadedB.Catalog, count, progress: progress, loadTrace: loadedB.LoadTrace, cancel: cancel));
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

        var rows = Compare(runsA, runsB);
        var manifest = RunCommand.Manifest(loadedA, loadedA.Scenario) with
        {
            Kind = "compare",
            Scenario = $"{loadedA.Scenario.Name} vs {loadedB.Scenario.Name}",
            ScenarioSource = $"{loadedA.Source}, {loadedB.Source}",
            ScenarioSha256 = $"{loadedA.Sha256}, {loadedB.Sha256}",
            Replications = count,
            Files = new() { [Table.FileName] = rows.Count },
        };
        int written = await ResultsFolders.WriteAsync(destination, errors, async (staging, stop) =>
        {
            await Table.WriteAsync(staging, rows, new Dictionary<string, string> { ["neocloudsim.compare"] = manifest.Scenario }).ConfigureAwait(false);
            await ResultsWriter.WriteManifestAsync(staging, manifest, stop).ConfigureAwait(false);
        }, cancel).ConfigureAwait(false);
        if (written != ExitCodes.Success)
        {
            return written;
        }

        if (json)
        {
            await output.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(rows, JsonRows)).ConfigureAwait(false);
        }
        else
        {
            Write(output, loadedA.Scenario.Name, loadedB.Scenario.Name, count, rows);
        }

        return ExitCodes.Success;
    }

    public static List<ComparisonRow> Compare(IReadOnlyList<RunResults> a, IReadOnlyList<RunResults> b)
    {
        var rows = new List<ComparisonRow>();
        foreach (var figure in KeyFigure.All)
        {
            var ia = Replications.Interval(a, figure);
            var ib = Replications.Interval(b, figure);
            double p = WelchPValue([.. a.Select(r => figure.Value(r.Summary))], [.. b.Select(r => figure.Value(r.Summary))]);
            string better = ia.Mean == ib.Mean ? "tie" : (ia.Mean > ib.Mean) == figure.HigherIsBetter ? "A" : "B";
            rows.Add(new ComparisonRow
            {
                Figure = figure.Name,
                Unit = figure.Unit,
                MeanA = ia.Mean,
                HalfWidthA = ia.HalfWidth,
                MeanB = ib.Mean,
                HalfWidthB = ib.HalfWidth,
                Better = better,
                PValue = p,
                Significant = p < 0.05,
            });
        }

        return rows;
    }

    /// <summary>Two-sided p-value of Welch's unequal-variance t-test; 1 when both samples are constant and equal.</summary>
    public static double WelchPValue(double[] a, double[] b)
    {
        static (double Mean, double Variance) Moments(double[] x)
        {
            double mean = x.Average();
            return (mean, x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
        }

        var (ma, va) = Moments(a);
        var (mb, vb) = Moments(b);
        double se2 = va / a.Length + vb / b.Length;
        if (se2 == 0)
        {
            return ma == mb ? 1 : 0;
        }

        double t = (ma - mb) / Math.Sqrt(se2);
        double df = se2 * se2 / (va * va / (a.Length * a.Length * (a.Length - 1.0)) + vb * vb / (b.Length * b.Length * (b.Length - 1.0)));
        return 2 * (1 - StudentT.CDF(0, 1, df, Math.Abs(t)));
    }

    private static void Write(TextWriter output, string nameA, string nameB, int count, List<ComparisonRow> rows)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(string.Create(c, $"  A = {nameA}, B = {nameB}, {count} replications each, means ± 95% CI"));
        output.WriteLine(string.Create(c, $"  {"figure",-28} {"A",26} {"B",26}  better  p"));
        foreach (var r in rows)
        {
            string a = string.Create(c, $"{r.MeanA:G6} ± {r.HalfWidthA:G3}");
            string b = string.Create(c, $"{r.MeanB:G6} ± {r.HalfWidthB:G3}");
            output.WriteLine(string.Create(c, $"  {r.Figure,-28} {a,26} {b,26}  {r.Better,-6}  {r.PValue:F3}{(r.Significant ? " *" : "")}"));
        }

        output.WriteLine("  * significant at 5% (Welch's t-test)");
    }
}
