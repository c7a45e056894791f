namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// A scenario or catalog file that cannot be used: the message lists every problem found, each as
/// <c>file:line:column: message</c> where the place is known.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception from its problems.</summary>
    public ScenarioException(IReadOnlyList<string> problems)
        : base(Describe(problems))
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

    /// <summary>The problems one per line; past <see cref="Limits.ScenarioLimits.MaxProblemsListed"/>, counted.</summary>
    private static string Describe(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        int shown = Math.Min(problems.Count, Limits.ScenarioLimits.MaxProblemsListed);
        string listed = string.Join(Environment.NewLine, problems.Take(shown));
        return shown == problems.Count ? listed : $"{listed}{Environment.NewLine}... and {problems.Count - shown:N0} more problems";
    }
}
