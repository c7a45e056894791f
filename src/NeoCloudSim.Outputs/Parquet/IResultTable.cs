namespace NeoCloudSim.Outputs.Parquet;

/// <summary>A results table's documentation: file, row meaning, columns with type, unit and meaning.</summary>
public interface IResultTable
{
    /// <summary>File name in the results folder, e.g. "sites.parquet".</summary>
    string FileName { get; }

    /// <summary>What one row stands for.</summary>
    string RowMeaning { get; }

    /// <summary>The columns in file order.</summary>
    IReadOnlyList<(string Name, string Type, string Unit, string Description)> Columns { get; }
}
