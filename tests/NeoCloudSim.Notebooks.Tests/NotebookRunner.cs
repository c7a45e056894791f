using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>
/// Runs a notebook's code cells in order in one C# script session, as .NET Interactive does: each cell continues
/// the state of the ones before it. The notebook's <c>#r</c> lines are replaced by this test's own references (the
/// same assemblies, built from the same sources), and the working folder is notebooks/, as in the editor.
/// </summary>
internal static class NotebookRunner
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .AddReferences(
            typeof(NeoCloudSim.Engine.Simulation).Assembly,
            typeof(NeoCloudSim.World.Scenario).Assembly,
            typeof(NeoCloudSim.Scenarios.Reading.ScenarioReader).Assembly,
            typeof(NeoCloudSim.Outputs.ResultsFolder).Assembly,
            typeof(NeoCloudSim.Reports.ResultsView).Assembly,
            typeof(ScottPlot.Plot).Assembly,
            typeof(Parquet.ParquetReader).Assembly)
        .AddImports("System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Threading.Tasks");

    public static async Task<(ScriptState<object> State, NotebookGlobals Globals)> RunAsync(Notebook notebook)
    {
        var globals = new NotebookGlobals();
        ScriptState<object>? state = null;
        for (int i = 0; i < notebook.CodeCells.Count; i++)
        {
            string code = Notebook.AsScript(notebook.CodeCells[i]);
            try
            {
                state = state is null
                    ? await CSharpScript.RunAsync(code, Options, globals, typeof(NotebookGlobals)).ConfigureAwait(false)
                    : await state.ContinueWithAsync(code, Options).ConfigureAwait(false);
            }
            catch (CompilationErrorException error)
            {
                throw new InvalidOperationException($"{Path.GetFileName(notebook.Path)}, code cell {i + 1} does not compile:\n{string.Join('\n', error.Diagnostics)}", error);
            }
        }

        return (state ?? throw new InvalidOperationException(notebook.Path + " has no code cell."), globals);
    }
}
