using System.Globalization;
using NeoCloudSim.World;

namespace NeoCloudSim.Cli.Commands;

/// <summary>The key figures of a run as a small aligned table.</summary>
internal static class SummaryTable
{
    public static void Write(TextWriter output, RunSummary s, string source, string folder, TimeSpan wall)
    {
        var c = CultureInfo.InvariantCulture;
        var rows = new (string Name, string Value)[]
        {
            ("scenario", $"{s.Scenario} ({source}), seed {s.Seed}, {s.HorizonDays:F0} days, fidelity {s.Fidelity}"),
            ("requests", string.Create(c, $"{s.Arrived:N0} arrived, {s.Served:N0} served, {s.Abandoned:N0} abandoned, {s.Rejected:N0} rejected, {s.Burst:N0} burst, {s.InFlightAtEnd:N0} in flight")),
            ("GPU utilization", string.Create(c, $"{s.Utilization:P1}")),
            ("stranded GPU-days", string.Create(c, $"{s.StrandedGpuDays:N0}")),
            ("TTFT p50 / p99", string.Create(c, $"{s.TtftP50Ms:N0} ms / {s.TtftP99Ms:N0} ms (interactive)")),
            ("SLO attainment", string.Create(c, $"{s.SloAttainment:P2}")),
            ("revenue", string.Create(c, $"{s.RevenueUsd:N0} USD")),
            ("cost", string.Create(c, $"{s.CostUsd:N0} USD ({s.CostPerMillionTokensUsd:N2} USD per million output tokens)")),
            ("margin", string.Create(c, $"{s.MarginUsd:N0} USD")),
            ("NPV", string.Create(c, $"{s.NpvUsd:N0} USD")),
            ("results", folder),
            ("wall time", string.Create(c, $"{wall.TotalSeconds:F1} s, {s.Events:N0} events")),
        };
        int width = 0;
        foreach (var (name, _) in rows)
        {
            width = Math.Max(width, name.Length);
        }

        output.WriteLine();
        foreach (var (name, value) in rows)
        {
            output.WriteLine($"  {name.PadRight(width)}  {value}");
        }
    }

    public static void WriteIntervals(TextWriter output, Scenario scenario, IReadOnlyList<RunResults> runs, string source, string folder, TimeSpan wall)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(string.Create(c, $"  {scenario.Name} ({source}): {runs.Count} replications, seeds {scenario.Seed}..{scenario.Seed + (ulong)runs.Count - 1}, {scenario.HorizonDays:F0} days"));
        output.WriteLine(string.Create(c, $"  {"figure",-28} {"mean",16} {"± 95% CI",14}"));
        foreach (var figure in KeyFigure.All)
        {
            var interval = Replications.Interval(runs, figure);
            output.WriteLine(string.Create(c, $"  {figure.Name,-28} {interval.Mean,16:G6} {interval.HalfWidth,14:G3}"));
        }

        output.WriteLine(string.Create(c, $"  results in {folder}, wall time {wall.TotalSeconds:F1} s"));
    }
}
