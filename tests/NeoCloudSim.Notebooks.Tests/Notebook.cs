using System.Text.Json.Nodes;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>A Polyglot (.ipynb) notebook's C# code cells, and the <c>#r</c> references they make.</summary>
internal sealed record Notebook(string Path, IReadOnlyList<string> CodeCells)
{
    /// <summary>The repository's notebooks/ folder, found upwards from the test's folder.</summary>
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "NeoCloudSim.sln")))
                {
                    return System.IO.Path.Combine(dir.FullName, "notebooks");
                }
            }

            throw new DirectoryNotFoundException("No NeoCloudSim.sln above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Every notebook of the repository, by file name.</summary>
    public static IEnumerable<string> All => Directory.GetFiles(Folder, "*.ipynb").Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static Notebook Read(string fileName)
    {
        string path = System.IO.Path.Combine(Folder, fileName);
        var root = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException(path + " is empty.");
        var cells = new List<string>();
        foreach (var cell in root["cells"]!.AsArray())
        {
            if ((string?)cell!["cell_type"] != "code")
            {
                continue;
            }

            string language = (string?)cell["metadata"]?["polyglot_notebook"]?["kernelName"] ?? "csharp";
            if (language != "csharp")
            {
                throw new InvalidDataException($"{path}: a code cell in '{language}'; the notebooks are C#.");
            }

            cells.Add(string.Concat(cell["source"]!.AsArray().Select(line => (string?)line)));
        }

        return new Notebook(path, cells);
    }

    /// <summary>The <c>#r</c> directives of every cell: DLL paths and <c>nuget: Id, Version</c> references.</summary>
    public IEnumerable<string> References => CodeCells
        .SelectMany(c => c.Split('\n'))
        .Select(l => l.Trim())
        .Where(l => l.StartsWith("#r ", StringComparison.Ordinal))
        .Select(l => l[3..].Trim().Trim('"'));

    /// <summary>A cell as plain C# script: the notebook-only directives (<c>#r</c>, <c>#!</c>) left out.</summary>
    public static string AsScript(string cell) => string.Join('\n', cell.Split('\n')
        .Where(l => !l.TrimStart().StartsWith("#r ", StringComparison.Ordinal) && !l.TrimStart().StartsWith("#!", StringComparison.Ordinal)));
}
