namespace NeoCloudSim.Notebooks.Tests;

/// <summary>
/// What .NET Interactive gives every C# cell and the notebooks use — <c>display(value)</c> and <c>HTML(text)</c>, the
/// static members of its <c>Kernel</c> class — with what was displayed kept, in order, to be checked.
/// </summary>
public sealed class NotebookGlobals
{
    private readonly List<object?> _displayed = [];

    /// <summary>Everything the cells displayed, in order.</summary>
    public IReadOnlyList<object?> Displayed => _displayed;

#pragma warning disable IDE1006, CA1707 // the notebook's global is lower-case, as in Polyglot
    /// <summary>Shows <paramref name="value"/> under the cell (Polyglot); here, records it.</summary>
    public object? display(object? value)
#pragma warning restore IDE1006, CA1707
    {
        _displayed.Add(value);
        return value;
    }

#pragma warning disable CA1822 // a global of the script: an instance member of its globals object
    /// <summary>Text to be shown as HTML (Polyglot's <c>IHtmlContent</c>).</summary>
    public HtmlContent HTML(string content) => new(content);
#pragma warning restore CA1822
}

/// <summary>HTML a cell displays: an embedded chart, say.</summary>
public sealed record HtmlContent(string Html)
{
    /// <inheritdoc/>
    public override string ToString() => Html;
}
