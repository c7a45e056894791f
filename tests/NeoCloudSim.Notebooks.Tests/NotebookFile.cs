using System.Text.Json.Nodes;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>A Polyglot (.ipynb) notebook as the test sees it: its cells in order, code and markdown.</summary>
internal sealed record NotebookFile(string Path, JsonObject Json, IReadOnlyList<NotebookCell> Cells)
{
    /// <summary>File names of every notebook in notebooks/, sorted.</summary>
    public static IReadOnlyList<string> All => [.. Directory.GetFiles(RepositoryFolders.Notebooks, "*.ipynb").Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The code cells, in order.</summary>
    public IReadOnlyList<NotebookCell> CodeCells => [.. Cells.Where(c => c.IsCode)];

    /// <summary>The <c>#r</c> directives of every code cell, unquoted: DLL paths and <c>nuget: Id, Version</c>.</summary>
    public IEnumerable<string> References => CodeCells
        .SelectMany(c => c.Lines)
        .Select(l => l.Trim())
        .Where(l => l.StartsWith("#r ", StringComparison.Ordinal))
        .Select(l => l[3..].Trim().Trim('"'));

    /// <summary>The notebook with one line of code changed, as a person would edit it: <paramref name="line"/> must
    /// appear exactly once.</summary>
    public NotebookFile Editing(string line, string replacement)
    {
        Assert.Single(CodeCells.SelectMany(c => c.Lines), l => l == line);
        return this with { Cells = [.. Cells.Select(c => c.IsCode ? c with { Source = c.Source.Replace(line, replacement, StringComparison.Ordinal) } : c)] };
    }

    public static NotebookFile Read(string fileName)
    {
        string path = System.IO.Path.Combine(RepositoryFolders.Notebooks, fileName);
        var json = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException(path + " is empty.");
        var cells = (json["cells"]?.AsArray() ?? throw new InvalidDataException(path + " has no cells."))
            .Select(c => NotebookCell.From(c!.AsObject()))
            .ToList();
        return new NotebookFile(path, json, cells);
    }
}
