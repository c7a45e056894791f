using Parquet;
using Parquet.Schema;

namespace NeoCloudSim.Outputs.Parquet;

/// <summary>A column of strings (ids, names).</summary>
internal sealed class TextColumn<TRow>(string name, string description, Func<TRow, string> value)
    : ResultColumn<TRow>(name, "-", description)
{
    private readonly DataField<string> _field = new(name);

    public override DataField Field => _field;

    public override string TypeName => "string";

    internal override Array Values(IReadOnlyList<TRow> rows) => Fill(rows);

    internal override Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows) =>
        group.WriteAsync(_field, Fill(rows));

    private string[] Fill(IReadOnlyList<TRow> rows)
    {
        var values = new string[rows.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = value(rows[i]);
        }

        return values;
    }
}
