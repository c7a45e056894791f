using System.Text.Json.Nodes;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>One cell of a notebook: its type, its source and the kernel it is for (code cells).</summary>
internal sealed record NotebookCell(string CellType, string Source, string? Kernel, string? Language)
{
    public bool IsCode => CellType == "code";

    public IEnumerable<string> Lines => Source.Split('\n');

    /// <summary>The cell as plain C# script: the notebook-only directives (<c>#r</c>, <c>#!</c>) left out, as the test
    /// gives the script session its own references instead.</summary>
    public string Script => string.Join('\n', Lines.Select(l => IsDirective(l) ? "" : l));

    public static NotebookCell From(JsonObject cell)
    {
        string type = (string?)cell["cell_type"] ?? "";
        string source = cell["source"] switch
        {
            JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
            JsonValue text => (string?)text ?? "",
            _ => "",
        };
        var metadata = cell["metadata"];
        return new NotebookCell(
            type,
            source,
            (string?)metadata?["polyglot_notebook"]?["kernelName"],
            (string?)metadata?["dotnet_interactive"]?["language"]);
    }

    // Blanked rather than removed, so that line numbers in compilation errors match the notebook's.
    private static bool IsDirective(string line)
    {
        string trimmed = line.TrimStart();
        return trimmed.StartsWith("#r ", StringComparison.Ordinal) || trimmed.StartsWith("#!", StringComparison.Ordinal);
    }
}
