namespace NeoCloudSim.Notebooks.Tests;

/// <summary>The notebooks are Polyglot C# notebooks, laid out alike, committed without outputs.</summary>
public sealed class NotebookFormatTests
{
    public static TheoryData<string> Notebooks() => [.. NotebookFile.All];

    [Fact]
    public void There_are_the_three_notebooks() =>
        Assert.Equal(["01-results-folder.ipynb", "02-sweep.ipynb", "03-azure-trace.ipynb"], NotebookFile.All);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void It_is_a_polyglot_csharp_notebook(string file)
    {
        var notebook = NotebookFile.Read(file);
        Assert.Equal(4, (int?)notebook.Json["nbformat"]);
        Assert.Equal(".net-csharp", (string?)notebook.Json["metadata"]?["kernelspec"]?["name"]);
        Assert.Equal("csharp", (string?)notebook.Json["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
        Assert.NotEmpty(notebook.CodeCells);
        Assert.All(notebook.CodeCells, cell =>
        {
            Assert.Equal("csharp", cell.Kernel);
            Assert.Equal("csharp", cell.Language);
        });
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void It_opens_with_markdown_that_says_to_build_first_then_its_references(string file)
    {
        var notebook = NotebookFile.Read(file);
        var intro = notebook.Cells.TakeWhile(c => !c.IsCode).ToList();
        Assert.NotEmpty(intro);
        Assert.StartsWith("# ", intro[0].Source, StringComparison.Ordinal);
        Assert.Contains(intro, c => c.Source.Contains("`dotnet build -c Release`", StringComparison.Ordinal));

        // Every #r is in the first code cell, which holds nothing else.
        Assert.All(notebook.CodeCells[0].Lines.Where(l => l.Trim().Length > 0), l => Assert.StartsWith("#r ", l, StringComparison.Ordinal));
        Assert.All(notebook.CodeCells.Skip(1), c => Assert.DoesNotContain(c.Lines, l => l.TrimStart().StartsWith("#r ", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void It_is_committed_without_outputs(string file)
    {
        // Outputs hold the charts as base64 and a run's paths: they belong to whoever runs the notebook.
        var notebook = NotebookFile.Read(file);
        foreach (var cell in notebook.Json["cells"]!.AsArray())
        {
            Assert.Empty(cell!["outputs"]?.AsArray() ?? []);
        }
    }
}
