using DuckDB.NET.Data;
using NeoCloudSim.Cli.Commands;

namespace NeoCloudSim.Cli.Tests;

[Trait("Speed", "Slow")]
public sealed class SweepCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("neocloudsim-sweep-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly string Scenario = TestScenarios.Small(horizonDays: 1);

    [Fact]
    public async Task A_sweep_is_one_hive_partitioned_dataset_readable_in_one_query()
    {
        string path = Path.Combine(_root, "s.yaml");
        File.WriteAllText(path, Scenario);
        string output = Path.Combine(_root, "sweep");
        int code = await SweepCommand.SweepAsync(path, ["demand[0].curve.base_rate_per_second=0.2,0.6", "routing.policy=nearest,least-loaded"], 2, output, false, new StringWriter(), new StringWriter());
        Assert.Equal(0, code);

        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = $"""
            SELECT demand_0__curve_base_rate_per_second AS rate, count(*) AS runs, avg(requests_arrived) AS arrived
            FROM read_parquet('{output}/**/*.parquet', hive_partitioning = true)
            GROUP BY ALL ORDER BY rate
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<(double Rate, long Runs, double Arrived)>();
        while (reader.Read())
        {
            rows.Add((Convert.ToDouble(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), reader.GetDouble(2)));
        }

        Assert.Equal([0.2, 0.6], rows.Select(r => r.Rate));
        Assert.All(rows, r => Assert.Equal(4, r.Runs)); // 2 routing policies x 2 replications per rate
        // 86,400 s at 0.2 and 0.6 requests/s: means 17,280 and 51,840, so the ratio is 3 within a few percent.
        Assert.InRange(rows[1].Arrived / rows[0].Arrived, 2.8, 3.2);
    }

    [Fact]
    public async Task A_bad_swept_path_fails_before_anything_runs()
    {
        string path = Path.Combine(_root, "s.yaml");
        File.WriteAllText(path, Scenario);
        var errors = new StringWriter();
        int code = await SweepCommand.SweepAsync(path, ["routing.polcy=nearest"], 2, Path.Combine(_root, "out"), false, new StringWriter(), errors);
        Assert.Equal(2, code);
        Assert.Contains("unknown field 'polcy'", errors.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
    }
}

public sealed class SweepFileTests
{
    [Fact]
    public async Task A_sweep_file_names_its_base_its_replications_and_its_values()
    {
        string root = Directory.CreateTempSubdirectory("neocloudsim-sweepfile-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "s.yaml"), TestScenarios.Small(horizonDays: 0.5));
            string sweep = Path.Combine(root, "sweep.yaml");
            File.WriteAllText(sweep, "base: s.yaml\nreplications: 2\nset:\n  seed: [1, 2, 3]\n");
            string output = Path.Combine(root, "out");
            Assert.Equal(0, await NeoCloudSim.Cli.Commands.SweepCommand.FromFileAsync(sweep, output, false, new StringWriter(), new StringWriter()));
            Assert.Equal(3, Directory.GetDirectories(output).Length);
            Assert.True(File.Exists(Path.Combine(output, "seed=2", "summary.parquet")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
