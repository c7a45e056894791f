namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// A results folder that cannot be written as asked: it exists and may not be replaced, is in use by another run,
/// or its place cannot be written. Raised before anything runs; the message is one line for the user.
/// </summary>
public sealed class ResultsFolderException : IOException
{
    /// <summary>Creates the exception.</summary>
    public ResultsFolderException(string message, ResultsFolderProblem problem)
        : base(message)
    {
        Problem = problem;
    }

    /// <summary>Creates the exception.</summary>
    public ResultsFolderException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ResultsFolderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ResultsFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What kind of problem it is.</summary>
    public ResultsFolderProblem Problem { get; }
}
