using Parquet;
using Parquet.Schema;

namespace NeoCloudSim.Outputs.Parquet;

/// <summary>One column of a results table: its name, unit and meaning (the documentation), and how to fill it.</summary>
/// <typeparam name="TRow">The row type the column reads from.</typeparam>
public abstract class ResultColumn<TRow>
{
    /// <summary>Creates the column.</summary>
    protected ResultColumn(string name, string unit, string description)
    {
        Name = name;
        Unit = unit;
        Description = description;
    }

    /// <summary>Column name, snake_case with the unit as suffix where it has one.</summary>
    public string Name { get; }

    /// <summary>Unit of the values ("" for counts of things named in the column, "-" for none).</summary>
    public string Unit { get; }

    /// <summary>What the column means.</summary>
    public string Description { get; }

    /// <summary>The Parquet field.</summary>
    public abstract DataField Field { get; }

    /// <summary>The Parquet type, for documentation.</summary>
    public abstract string TypeName { get; }

    /// <summary>The column's values for <paramref name="rows"/>, as a typed array.</summary>
    internal abstract Array Values(IReadOnlyList<TRow> rows);

    /// <summary>Writes the column's values for <paramref name="rows"/> into a row group.</summary>
    internal abstract Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows);
}
