namespace NeoCloudSim.Bench.Scale;

/// <summary>
/// One case of the scale benchmark: a question about how the simulator scales (requests per second, replications
/// across cores, ...), answered by one JSON line. To add a case, write a class implementing this interface in its
/// own file and list it in <see cref="ScaleBenchmarks.Cases"/>.
/// </summary>
internal interface IScaleCase
{
    /// <summary>The case's name on the command line and in the <c>bench</c> field.</summary>
    string Name { get; }

    /// <summary>One line for the usage text: what the case measures.</summary>
    string Description { get; }

    /// <summary>Runs the case in this process and returns its fields, in print order, without <c>bench</c>
    /// (<see cref="ScaleBenchmarks"/> adds it, and <c>peak_mb</c> after them).</summary>
    /// <param name="scale">Multiplies the case's work (1: the documented size).</param>
    IReadOnlyList<(string Name, object Value)> Run(double scale);
}
