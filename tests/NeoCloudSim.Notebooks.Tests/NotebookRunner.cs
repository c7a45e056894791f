using System.Reflection;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>
/// Runs a notebook's code cells in order in one C# script session, as .NET Interactive does: the first cell starts
/// the session, each next one continues its state. The cells' <c>#r</c> lines are left out and the session gets this
/// test's references instead (the same assemblies, built from the same sources); it imports nothing, so a notebook
/// that forgets a <c>using</c> fails here as it would in the editor. Nothing process-wide (the working folder, the
/// environment) is changed, so notebooks can run side by side: they find the repository and the shared data upwards
/// from the working folder, which is notebooks/ in the editor and the test's output folder here, both inside the
/// repository.
/// </summary>
internal static class NotebookRunner
{
    /// <summary>The assemblies the script session references: what the notebooks' <c>#r</c> lines load.</summary>
    public static IReadOnlyList<Assembly> References { get; } =
    [
        typeof(NeoCloudSim.Engine.Simulation).Assembly,
        typeof(NeoCloudSim.World.Scenario).Assembly,
        typeof(NeoCloudSim.Scenarios.Reading.ScenarioReader).Assembly,
        typeof(NeoCloudSim.Outputs.ResultsWriter).Assembly,
        typeof(Parquet.ParquetReader).Assembly,
        typeof(ScottPlot.Plot).Assembly,
        typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute).Assembly,
    ];

    private static readonly ScriptOptions Options = ScriptOptions.Default.WithImports([]).AddReferences(References);

    /// <summary>Runs every code cell of <paramref name="notebook"/>; a cell that does not compile or throws stops the
    /// run with a <see cref="NotebookCellException"/> naming it, after the notebook's output folder is deleted.</summary>
    public static async Task<NotebookRun> RunAsync(NotebookFile notebook)
    {
        var globals = new NotebookGlobals();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ScriptState<object>? state = null;
        var cells = notebook.CodeCells;
        for (int i = 0; i < cells.Count; i++)
        {
            try
            {
                state = state is null
                    ? await CSharpScript.RunAsync(cells[i].Script, Options, globals, typeof(NotebookGlobals)).ConfigureAwait(false)
                    : await state.ContinueWithAsync(cells[i].Script, Options).ConfigureAwait(false);
            }
            catch (CompilationErrorException error)
            {
                NotebookRun.DeleteOutput(state);
                throw new NotebookCellException(notebook, i, "does not compile:\n" + string.Join('\n', error.Diagnostics), error);
            }
            catch (Exception error)
            {
                NotebookRun.DeleteOutput(state);
                throw new NotebookCellException(notebook, i, "throws " + error.GetType().Name + ": " + error.Message, error);
            }
        }

        return new NotebookRun(notebook, state ?? throw new InvalidDataException(notebook.FileName + " has no code cell."), globals, cells.Count, clock.Elapsed);
    }
}

/// <summary>A code cell that did not compile or threw.</summary>
internal sealed class NotebookCellException(NotebookFile notebook, int codeCell, string what, Exception inner)
    : Exception($"{notebook.FileName}, code cell {codeCell + 1}, {what}", inner);
