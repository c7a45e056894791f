using Parquet;
using Parquet.Schema;

namespace NeoCloudSim.Outputs.Parquet;

/// <summary>A column of plain values (integers, doubles, booleans, timestamps).</summary>
internal sealed class ValueColumn<TRow, T>(string name, string unit, string description, Func<TRow, T> value)
    : ResultColumn<TRow>(name, unit, description)
    where T : struct
{
    private readonly DataField<T> _field = new(name);

    public override DataField Field => _field;

    public override string TypeName => typeof(T) == typeof(DateTime) ? "timestamp (UTC)" : typeof(T) == typeof(double) ? "double" : typeof(T) == typeof(long) ? "int64" : typeof(T) == typeof(int) ? "int32" : typeof(T) == typeof(bool) ? "boolean" : typeof(T).Name;

    internal override Array Values(IReadOnlyList<TRow> rows) => Fill(rows);

    internal override Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows) =>
        group.WriteAsync<T>(_field, Fill(rows));

    private T[] Fill(IReadOnlyList<TRow> rows)
    {
        var values = new T[rows.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = value(rows[i]);
        }

        return values;
    }
}
