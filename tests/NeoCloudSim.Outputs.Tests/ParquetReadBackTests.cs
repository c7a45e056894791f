using DuckDB.NET.Data;
using NeoCloudSim.Outputs.Parquet;

namespace NeoCloudSim.Outputs.Tests;

[Trait("Speed", "Slow")]
public sealed class ParquetReadBackTests(ResultsFolderFixture run) : IClassFixture<ResultsFolderFixture>
{
    private object? Scalar(string sql)
    {
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql.Replace("{dir}", run.Folder, StringComparison.Ordinal);
        return command.ExecuteScalar();
    }

    private long Long(string sql) => Scalar(sql) switch
    {
        System.Numerics.BigInteger big => (long)big, // DuckDB sums BIGINTs into HUGEINTs
        var value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private double Double(string sql) => Convert.ToDouble(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Every_table_reads_back_with_its_rows_and_declared_columns()
    {
        foreach (var table in ResultTables.All)
        {
            string file = run.File(table.FileName);
            Assert.True(File.Exists(file), table.FileName);
            foreach (var (name, type, _, _) in table.Columns)
            {
                string duckType = (string)Scalar($"SELECT typeof(\"{name}\") FROM '{file}' LIMIT 1")!;
                string expected = type switch
                {
                    "string" => "VARCHAR",
                    "double" => "DOUBLE",
                    "int64" => "BIGINT",
                    "int32" => "INTEGER",
                    "boolean" => "BOOLEAN",
                    "timestamp (UTC)" => "TIMESTAMP",
                    _ => throw new InvalidOperationException(type),
                };
                Assert.True(duckType == expected, $"{table.FileName}.{name}: {duckType}, expected {expected}");
            }
        }

        Assert.Equal(run.Results.Sites.Count, Long("SELECT count(*) FROM '{dir}/sites.parquet'"));
        Assert.Equal(run.Results.Requests.Count, Long("SELECT count(*) FROM '{dir}/requests.parquet'"));
        Assert.Equal(run.Results.BuildOut.Count, Long("SELECT count(*) FROM '{dir}/buildout.parquet'"));
    }

    [Fact]
    public void Sums_in_the_files_equal_the_in_memory_results()
    {
        var s = run.Results.Summary;
        Assert.True(s.Served > 10_000, "the short run must serve enough requests to mean anything");
        Assert.Equal(s.Served, Long("SELECT sum(served) FROM '{dir}/classes.parquet'"));
        Assert.Equal(s.TokensOut, Long("SELECT sum(tokens_out) FROM '{dir}/classes.parquet'"));
        Assert.Equal(s.Served, Long("SELECT sum(served) FROM '{dir}/latency.parquet'")); // the fleet-wide rows hold every site
        Assert.Equal(0, Long("SELECT count(*) FROM '{dir}/ttft_distribution.parquet' WHERE ttft_ms < 0 OR quantile <= 0 OR quantile >= 1"));
        Assert.Equal(s.Arrived, Long("SELECT sum(arrived) FROM '{dir}/routing.parquet'"));
        Assert.Equal(s.Served, Long("SELECT requests_served FROM '{dir}/summary.parquet'"));
        Assert.Equal(s.RevenueUsd, Double("SELECT sum(revenue_usd) FROM '{dir}/money.parquet'"), 1e-6 * Math.Abs(s.RevenueUsd));
        Assert.Equal(s.StrandedGpuDays, Double("SELECT sum(stranded_gpu_days) FROM '{dir}/sites.parquet'"), 1e-6 * Math.Max(1, s.StrandedGpuDays));
        Assert.Equal(s.Utilization, Double("SELECT sum(gpu_hours_busy) / sum(gpu_hours_up) FROM '{dir}/sites.parquet'"), 1e-9);
        Assert.Equal(run.Scenario.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)Scalar("SELECT value::VARCHAR FROM parquet_kv_metadata('{dir}/summary.parquet') WHERE key::VARCHAR = 'neocloudsim.seed'")!);
    }

    [Fact]
    public void Docs_results_md_documents_every_column_with_its_unit()
    {
        string docs = File.ReadAllText(FindUp("docs/results.md"));
        foreach (var table in ResultTables.All)
        {
            Assert.Contains($"`{table.FileName}`", docs, StringComparison.Ordinal);
            foreach (var (name, type, unit, _) in table.Columns)
            {
                Assert.Contains($"| {name} | {type} | {unit} |", docs, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void An_existing_results_folder_is_not_overwritten()
    {
        var manifest = new RunManifest { Scenario = "x", ScenarioSource = "x", ScenarioSha256 = "0", Seed = 1, ProgramVersion = "test" };
        string before = File.ReadAllText(run.File("manifest.json"));
        Assert.Throws<NeoCloudSim.Outputs.Folders.ResultsFolderException>(() => ResultsWriter.WriteAsync(run.Results, manifest, run.Folder, _ => DateTime.UnixEpoch).GetAwaiter().GetResult());
        Assert.Equal(before, File.ReadAllText(run.File("manifest.json")));
        Assert.Empty(Directory.GetDirectories(run.Root, ".*partial*"));
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }
}
