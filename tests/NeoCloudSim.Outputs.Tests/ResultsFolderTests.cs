using NeoCloudSim.Outputs.Parquet;

namespace NeoCloudSim.Outputs.Tests;

public sealed class ResultsFolderTests(ResultsFolderFixture run) : IClassFixture<ResultsFolderFixture>
{
    [Fact]
    public async Task Every_table_read_back_from_Parquet_equals_the_run_in_memory_value_for_value()
    {
        var disk = await ResultsFolder.ReadAsync(run.Folder);
        var memory = ResultsFolder.FromResults(run.Results, new NeoCloudSim.Time.ScenarioClock(run.Scenario.Start).ToUtc);

        foreach (var table in ResultTables.All)
        {
            var read = disk.Table(table);
            var kept = memory.Table(table);
            Assert.Equal(kept.RowCount, read.RowCount);
            Assert.Equal(table.Columns.Select(c => c.Name), read.ColumnNames);
            foreach (var (name, type, _, _) in table.Columns)
            {
                if (type == "string")
                {
                    AssertSame(table.FileName, name, kept.Texts(name), read.Texts(name));
                }
                else if (type.StartsWith("timestamp", StringComparison.Ordinal))
                {
                    AssertSame(table.FileName, name, kept.Times(name), read.Times(name));
                }
                else
                {
                    AssertSame(table.FileName, name, kept.Numbers(name), read.Numbers(name));
                }
            }

            Assert.Equal(run.Scenario.Name, read.Metadata["neocloudsim.scenario"]);
        }
    }

    /// <summary>Equal value for value; a difference names the file, the column and the first row that differs.</summary>
    private static void AssertSame<T>(string file, string column, T[] kept, T[] read)
    {
        Assert.Equal(kept.Length, read.Length);
        int row = 0;
        while (row < kept.Length && EqualityComparer<T>.Default.Equals(kept[row], read[row]))
        {
            row++;
        }

        Assert.True(row == kept.Length, $"{file}, column {column}, row {row}: in memory {(row < kept.Length ? kept[row] : default)}, read back {(row < read.Length ? read[row] : default)}");
    }

    [Fact]
    public async Task A_folder_without_results_is_refused_with_its_name()
    {
        string empty = Path.Combine(run.Root, "empty");
        Directory.CreateDirectory(empty);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ResultsFolder.ReadAsync(empty));
        Assert.Contains(empty, error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => ResultsFolder.ReadAsync(Path.Combine(run.Root, "missing")));
    }

    [Fact]
    public async Task A_column_asked_for_by_a_wrong_name_is_named_with_those_that_exist()
    {
        var sites = (await ResultsFolder.ReadAsync(run.Folder)).Table(ResultTables.Sites);

        var error = Assert.Throws<InvalidDataException>(() => sites.Numbers("gpus_instaled"));
        Assert.Contains("gpus_installed", error.Message, StringComparison.Ordinal);
    }
}
