namespace NeoCloudSim.Notebooks.Tests;

/// <summary>What .NET Interactive gives every C# cell and the notebooks use: <c>display(value)</c>. Kept to be checked.</summary>
public sealed class NotebookGlobals
{
    public List<object?> Displayed { get; } = [];

#pragma warning disable IDE1006, CA1707 // the notebook's global is lower-case, as in Polyglot
    public object? display(object? value)
#pragma warning restore IDE1006, CA1707
    {
        Displayed.Add(value);
        return value;
    }
}
