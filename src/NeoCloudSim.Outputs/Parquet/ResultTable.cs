using Parquet;
using Parquet.Schema;

namespace NeoCloudSim.Outputs.Parquet;

/// <summary>
/// A results table: its file name, what one row is, and its columns. The same definition writes the Parquet file and
/// is checked against docs/results.md, so the two cannot drift apart.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class ResultTable<TRow> : IResultTable
{
    private readonly List<ResultColumn<TRow>> _columns = [];

    /// <summary>Creates an empty table definition.</summary>
    public ResultTable(string fileName, string rowMeaning)
    {
        FileName = fileName;
        RowMeaning = rowMeaning;
    }

    /// <inheritdoc/>
    public string FileName { get; }

    /// <inheritdoc/>
    public string RowMeaning { get; }

    /// <inheritdoc/>
    public IReadOnlyList<(string Name, string Type, string Unit, string Description)> Columns
    {
        get
        {
            var list = new List<(string, string, string, string)>();
            foreach (var c in _columns)
            {
                list.Add((c.Name, c.TypeName, c.Unit, c.Description));
            }

            return list;
        }
    }

    /// <summary>Adds a column of values.</summary>
    public ResultTable<TRow> Value<T>(string name, string unit, string description, Func<TRow, T> value)
        where T : struct
    {
        _columns.Add(new ValueColumn<TRow, T>(name, unit, description, value));
        return this;
    }

    /// <summary>Adds a column of strings.</summary>
    public ResultTable<TRow> Text(string name, string description, Func<TRow, string> value)
    {
        _columns.Add(new TextColumn<TRow>(name, description, value));
        return this;
    }

    /// <summary>The rows as columns, exactly as the Parquet file holds them (for charts drawn straight after a run).</summary>
    public ResultFrame ToFrame(IReadOnlyList<TRow> rows, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = new Dictionary<string, Array>(StringComparer.Ordinal);
        foreach (var column in _columns)
        {
            columns[column.Name] = column.Values(rows);
        }

        return new ResultFrame(FileName, rows.Count, columns, metadata);
    }

    /// <summary>Writes <paramref name="rows"/> as a Parquet file in <paramref name="folder"/>, with key-value metadata.</summary>
    public async Task WriteAsync(string folder, IReadOnlyList<TRow> rows, IReadOnlyDictionary<string, string> metadata, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var fields = new DataField[_columns.Count];
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] = _columns[i].Field;
        }

        var schema = new ParquetSchema(fields);
        await using var stream = File.Create(Path.Combine(folder, fileName ?? FileName));
        await using var writer = await ParquetWriter.CreateAsync(schema, stream).ConfigureAwait(false);
        writer.CustomMetadata = metadata;
        using var group = writer.CreateRowGroup();
        foreach (var column in _columns)
        {
            await column.WriteAsync(group, rows).ConfigureAwait(false);
        }
    }
}
