using Microsoft.CodeAnalysis.Scripting;

namespace NeoCloudSim.Notebooks.Tests;

/// <summary>A notebook that ran: its script state (the variables its cells left), what it displayed, how long it took.</summary>
internal sealed record NotebookRun(NotebookFile Notebook, ScriptState<object> State, NotebookGlobals Globals, int CellsRun, TimeSpan Elapsed)
{
    /// <summary>The name of the variable every notebook keeps its files in (results, charts): a fresh temp folder.</summary>
    public const string OutputVariable = "output";

    /// <summary>A variable the cells declared, by name.</summary>
    public T Variable<T>(string name)
    {
        var variable = State.GetVariable(name) ?? throw new KeyNotFoundException($"{Notebook.FileName} declares no variable '{name}'.");
        return variable.Value is T value
            ? value
            : throw new InvalidCastException($"{Notebook.FileName}: '{name}' is a {variable.Type.Name}, not a {typeof(T).Name}.");
    }

    /// <summary>The chart files the cells displayed (paths of PNG files).</summary>
    public IReadOnlyList<string> Charts => [.. Globals.Displayed.OfType<string>().Where(s => s.EndsWith(".png", StringComparison.OrdinalIgnoreCase))];

    /// <summary>The HTML the cells displayed.</summary>
    public IReadOnlyList<string> Html => [.. Globals.Displayed.OfType<HtmlContent>().Select(h => h.Html)];

    /// <summary>Deletes what the notebook wrote: its output folder, if it is still there.</summary>
    public void DeleteOutput() => DeleteOutput(State);

    /// <summary>Deletes the output folder of a session, whole or stopped by a failing cell; kept when the environment
    /// variable NEOCLOUDSIM_KEEP_NOTEBOOK_OUTPUT is 1, to look at the charts.</summary>
    public static void DeleteOutput(ScriptState<object>? state)
    {
        if (state?.GetVariable(OutputVariable)?.Value is string folder && Directory.Exists(folder)
            && Environment.GetEnvironmentVariable("NEOCLOUDSIM_KEEP_NOTEBOOK_OUTPUT") != "1")
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
