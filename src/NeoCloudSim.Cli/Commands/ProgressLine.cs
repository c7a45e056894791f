using System.Diagnostics;
using System.Globalization;

namespace NeoCloudSim.Cli.Commands;

/// <summary>Progress of a run as plain lines (one every few seconds), readable in a terminal, a pipe or CI logs.</summary>
internal sealed class ProgressLine(TextWriter writer, double horizonDays)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _lastPrinted;

    public void Report(double share)
    {
        double elapsed = _clock.Elapsed.TotalSeconds;
        if (elapsed - _lastPrinted < 5 || share < 0.01 || share >= 1)
        {
            return;
        }

        _lastPrinted = elapsed;
        double eta = elapsed / share * (1 - share);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  simulated day {share * horizonDays:F0} of {horizonDays:F0} ({share:P0}), about {eta:F0} s left"));
    }

    public void Done() =>
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  simulated {horizonDays:F0} days in {_clock.Elapsed.TotalSeconds:F1} s"));
}
