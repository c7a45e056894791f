using System.Globalization;
using System.Text;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>What a campaign did: inputs run, accepted, refused, and the findings by class.</summary>
public sealed class FuzzReport
{
    /// <summary>The settings it ran with.</summary>
    public required FuzzSettings Settings { get; init; }

    /// <summary>Inputs run.</summary>
    public long Inputs { get; set; }

    /// <summary>Inputs the loader accepted and the world ran.</summary>
    public long Accepted { get; set; }

    /// <summary>Inputs the loader refused with a ScenarioException.</summary>
    public long Refused { get; set; }

    /// <summary>Inputs that broke a property.</summary>
    public long Failed { get; set; }

    /// <summary>Inputs also replayed in a child process (deep nesting).</summary>
    public long Replayed { get; set; }

    /// <summary>Wall time, seconds.</summary>
    public double ElapsedSeconds { get; set; }

    /// <summary>Why it stopped before its time (hung threads), or null.</summary>
    public string? StoppedEarly { get; set; }

    /// <summary>Findings by class, in the order first found.</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>One line: seed, time, inputs, accepted, refused, failures by class.</summary>
    public string Summary()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"fuzz: seed {Settings.Seed} from case {Settings.Start}, {ElapsedSeconds:F0} s, {Inputs} inputs ({Inputs / Math.Max(ElapsedSeconds, 1e-9):F1}/s), {Accepted} accepted, {Refused} refused, {Failed} failed in {Findings.Count} classes, {Replayed} replayed in a child"));
        if (Findings.Count > 0)
        {
            text.Append(": ").AppendJoin("; ", Findings.Select(f => $"{f.Name} x{f.Count}"));
        }

        if (StoppedEarly is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" (stopped early: {StoppedEarly})");
        }

        return text.ToString();
    }

    /// <summary>Every class with its message and the inputs that reproduce it.</summary>
    public string Details()
    {
        var text = new StringBuilder();
        foreach (var finding in Findings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {finding.Name} x{finding.Count} ({string.Join(", ", finding.Mutators)}): {finding.Message}");
            foreach (string input in finding.Inputs)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    input: {input}");
            }
        }

        return text.ToString();
    }
}
