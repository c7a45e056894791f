using System.Globalization;

namespace NeoCloudSim.Outputs.Parquet;

/// <summary>
/// One results table held as columns by name: what a Parquet file of a results folder contains, whether it was just
/// computed or read back from disk. Charts and reports read results through it, so they draw the same thing either way.
/// </summary>
public sealed class ResultFrame
{
    private readonly IReadOnlyDictionary<string, Array> _columns;

    /// <summary>Creates a frame; every column must have <paramref name="rowCount"/> values.</summary>
    public ResultFrame(string fileName, int rowCount, IReadOnlyDictionary<string, Array> columns, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (var (name, values) in columns)
        {
            if (values.Length != rowCount)
            {
                throw new ArgumentException($"{fileName}: column '{name}' has {values.Length} values for {rowCount} rows.", nameof(columns));
            }
        }

        FileName = fileName;
        RowCount = rowCount;
        _columns = columns;
        Metadata = metadata ?? new Dictionary<string, string>();
    }

    /// <summary>The file's key-value metadata (<c>neocloudsim.scenario</c>, <c>neocloudsim.seed</c>, …).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The file the table is (or would be) stored in.</summary>
    public string FileName { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The column names.</summary>
    public IEnumerable<string> ColumnNames => _columns.Keys;

    /// <summary>Whether the table has a column called <paramref name="name"/>.</summary>
    public bool Has(string name) => _columns.ContainsKey(name);

    /// <summary>A numeric column (integers, doubles or booleans as 0/1) as doubles.</summary>
    public double[] Numbers(string name)
    {
        var values = Column(name);
        var numbers = new double[values.Length];
        switch (values)
        {
            case double[] d:
                d.CopyTo(numbers, 0);
                break;
            case long[] l:
                for (int i = 0; i < l.Length; i++)
                {
                    numbers[i] = l[i];
                }

                break;
            case int[] n:
                for (int i = 0; i < n.Length; i++)
                {
                    numbers[i] = n[i];
                }

                break;
            case bool[] b:
                for (int i = 0; i < b.Length; i++)
                {
                    numbers[i] = b[i] ? 1 : 0;
                }

                break;
            default:
                throw new InvalidDataException($"{FileName}: column '{name}' holds {values.GetType().GetElementType()?.Name} values, not numbers.");
        }

        return numbers;
    }

    /// <summary>A text column.</summary>
    public string[] Texts(string name) => Column(name) as string[]
        ?? throw new InvalidDataException($"{FileName}: column '{name}' does not hold text.");

    /// <summary>A timestamp column, UTC.</summary>
    public DateTime[] Times(string name) => Column(name) is DateTime[] times
        ? [.. times.Select(t => DateTime.SpecifyKind(t, DateTimeKind.Utc))]
        : throw new InvalidDataException($"{FileName}: column '{name}' does not hold timestamps.");

    /// <summary>One value, formatted invariantly (for tables in reports).</summary>
    public string Format(string name, int row, string format = "G6") => Column(name).GetValue(row) switch
    {
        double d => d.ToString(format, CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other?.ToString() ?? "",
    };

    private Array Column(string name) => _columns.TryGetValue(name, out var values)
        ? values
        : throw new InvalidDataException($"{FileName}: no column '{name}' (it has: {string.Join(", ", _columns.Keys)}).");
}
