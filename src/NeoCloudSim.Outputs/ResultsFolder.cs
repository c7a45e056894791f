using NeoCloudSim.Outputs.Parquet;
using NeoCloudSim.World;
using global::Parquet;
using global::Parquet.Schema;

namespace NeoCloudSim.Outputs;

/// <summary>
/// The tables of a results folder, by file name: read back from the Parquet files of a folder on disk (for
/// <c>neocloudsim plot</c> and <c>report</c>), or taken from a run's results in memory (for <c>run --plots</c>). Both
/// give the same columns and values, so what is drawn does not depend on where it came from.
/// </summary>
public sealed class ResultsFolder
{
    private readonly Dictionary<string, ResultFrame> _tables;

    private ResultsFolder(Dictionary<string, ResultFrame> tables, string? scenarioYaml)
    {
        _tables = tables;
        ScenarioYaml = scenarioYaml;
    }

    /// <summary>The scenario as run (the folder's <c>scenario.yaml</c>), when the folder has one.</summary>
    public string? ScenarioYaml { get; }

    /// <summary>Whether the folder holds <paramref name="fileName"/>.</summary>
    public bool Has(string fileName) => _tables.ContainsKey(fileName);

    /// <summary>The table stored in <paramref name="fileName"/>, e.g. "sites.parquet".</summary>
    /// <exception cref="InvalidDataException">The folder has no such table.</exception>
    public ResultFrame Table(string fileName) => _tables.TryGetValue(fileName, out var frame)
        ? frame
        : throw new InvalidDataException($"The results folder has no {fileName} (it has: {string.Join(", ", _tables.Keys.Order(StringComparer.Ordinal))}).");

    /// <summary>A table by its definition.</summary>
    public ResultFrame Table(IResultTable table) => Table(table.FileName);

    /// <summary>Tables already in memory (a comparison's, say).</summary>
    public static ResultsFolder FromFrames(IEnumerable<ResultFrame> frames, string? scenarioYaml = null) =>
        new(frames.ToDictionary(f => f.FileName, StringComparer.Ordinal), scenarioYaml);

    /// <summary>A run's tables as they would be written, without writing them.</summary>
    public static ResultsFolder FromResults(RunResults results, Func<double, DateTime> toUtc, string? scenarioYaml = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(toUtc);
        var buildOut = new List<(Metrics.BuildOutEvent, DateTime)>(results.BuildOut.Count);
        foreach (var e in results.BuildOut)
        {
            buildOut.Add((e, toUtc(e.TimeSeconds)));
        }

        ResultFrame[] frames =
        [
            ResultTables.Summary.ToFrame([results.Summary]),
            ResultTables.Sites.ToFrame(results.Sites),
            ResultTables.Skus.ToFrame(results.Skus),
            ResultTables.Classes.ToFrame(results.Classes),
            ResultTables.Latency.ToFrame(results.Latency),
            ResultTables.TtftDistribution.ToFrame(results.TtftDistribution),
            ResultTables.Routing.ToFrame(results.Routing),
            ResultTables.Money.ToFrame(results.Money),
            ResultTables.BuildOut.ToFrame(buildOut),
            ResultTables.Requests.ToFrame(results.Requests),
        ];
        return new ResultsFolder(frames.ToDictionary(f => f.FileName, StringComparer.Ordinal), scenarioYaml);
    }

    /// <summary>Reads every Parquet file at the top of <paramref name="folder"/> (and its scenario.yaml, if any).</summary>
    /// <exception cref="DirectoryNotFoundException">No such folder.</exception>
    /// <exception cref="InvalidDataException">A file is not a readable Parquet table, or the folder holds none.</exception>
    public static async Task<ResultsFolder> ReadAsync(string folder, System.Threading.CancellationToken cancel = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No results folder '{folder}'.");
        }

        var tables = new Dictionary<string, ResultFrame>(StringComparer.Ordinal);
        foreach (string path in Directory.GetFiles(folder, "*.parquet").Order(StringComparer.Ordinal))
        {
            tables[Path.GetFileName(path)] = await ReadTableAsync(path, cancel).ConfigureAwait(false);
        }

        if (tables.Count == 0)
        {
            throw new InvalidDataException($"'{folder}' holds no Parquet results: is it a folder written by neocloudsim run, compare or sweep?");
        }

        string scenario = Path.Combine(folder, "scenario.yaml");
        string? yaml = File.Exists(scenario) ? await File.ReadAllTextAsync(scenario, cancel).ConfigureAwait(false) : null;
        return new ResultsFolder(tables, yaml);
    }

    /// <summary>Reads one Parquet file into a frame, every row group appended.</summary>
    public static async Task<ResultFrame> ReadTableAsync(string path, System.Threading.CancellationToken cancel = default)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancel).ConfigureAwait(false);
            var fields = reader.Schema.GetDataFields();
            long rows = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                rows += reader.OpenRowGroupReader(g).RowGroup.NumRows;
            }

            var columns = new Dictionary<string, Array>(StringComparer.Ordinal);
            foreach (var field in fields)
            {
                columns[field.Name] = await ReadColumnAsync(reader, field, (int)rows, path, cancel).ConfigureAwait(false);
            }

            return new ResultFrame(Path.GetFileName(path), (int)rows, columns, reader.CustomMetadata);
        }
        catch (Exception error) when (error is IOException or InvalidOperationException or NotSupportedException && error is not InvalidDataException)
        {
            throw new InvalidDataException($"{path}: not a readable Parquet table ({error.Message}).", error);
        }
    }

    private static async Task<Array> ReadColumnAsync(ParquetReader reader, DataField field, int rows, string path, System.Threading.CancellationToken cancel)
    {
        // Parquet.Net describes text columns read from a file as ReadOnlyMemory<char>; they are read as strings.
        Type type = field.ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string) : field.ClrType;
        if (field.IsNullable && type != typeof(string))
        {
            throw new InvalidDataException($"{path}: column '{field.Name}' is nullable; results columns never are.");
        }

        Array values = Array.CreateInstance(type, rows);
        int offset = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = (int)group.RowGroup.NumRows;
            switch (values)
            {
                case double[] d: await group.ReadAsync<double>(field, d.AsMemory(offset, n), cancellationToken: cancel).ConfigureAwait(false); break;
                case long[] l: await group.ReadAsync<long>(field, l.AsMemory(offset, n), cancellationToken: cancel).ConfigureAwait(false); break;
                case int[] i: await group.ReadAsync<int>(field, i.AsMemory(offset, n), cancellationToken: cancel).ConfigureAwait(false); break;
                case bool[] b: await group.ReadAsync<bool>(field, b.AsMemory(offset, n), cancellationToken: cancel).ConfigureAwait(false); break;
                case DateTime[] t: await group.ReadAsync<DateTime>(field, t.AsMemory(offset, n), cancellationToken: cancel).ConfigureAwait(false); break;
                case string[] s: await group.ReadAsync(field, ((string?[])s).AsMemory(offset, n), cancellationToken: cancel).ConfigureAwait(false); break;
                default: throw new InvalidDataException($"{path}: column '{field.Name}' has type {type.Name}, which results never use.");
            }

            offset += n;
        }

        return values;
    }
}
