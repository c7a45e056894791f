namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// A scenario or catalog file that cannot be used: the message lists every problem found, each as
/// <c>file:line:column: message</c> where the place is known.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception from its problems.</summary>
    public ScenarioException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioException()
        : this([])
    {
    }

    /// <summary>Creates the exception with one problem.</summary>
    public ScenarioException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one problem and its cause.</summary>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>The problems, one per line of the message.</summary>
    public IReadOnlyList<string> Problems { get; } = [];
}
