using System.Globalization;

namespace NeoCloudSim.Engine;

/// <summary>
/// Writes one line per fired calendar entry: time in seconds, priority, insertion number and what the event is,
/// named by the handler when it is an <see cref="INamedEventHandler"/> (else its type and the tag's fields).
/// </summary>
/// <remarks>For debugging and small traces: formatting a line costs far more than firing the event.
/// Example line: <c>12.5 s  p0  #1042  Replica[3] at edge-1 StepBoundary gen 17</c>.</remarks>
public sealed class TextEventTracer : ISimulationTracer
{
    private readonly TextWriter _writer;

    /// <summary>Creates a tracer writing to <paramref name="writer"/> (not closed by the tracer).</summary>
    public TextEventTracer(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    /// <summary>What a trace line says about the event: the handler's words, or its type and the tag's fields.</summary>
    /// <param name="handler">Who is told.</param>
    /// <param name="tag">The packed tag it is told with.</param>
    public static string Describe(IEventHandler handler, long tag)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var unpacked = EventTag.Unpack(tag);
        return handler is INamedEventHandler named
            ? named.DescribeEvent(unpacked)
            : string.Create(CultureInfo.InvariantCulture, $"{handler.GetType().Name} {unpacked}");
    }

    /// <inheritdoc/>
    public void OnEvent(double time, int priority, long sequence, IEventHandler handler, long tag) =>
        _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{time:R} s  p{priority}  #{sequence}  {Describe(handler, tag)}"));
}
