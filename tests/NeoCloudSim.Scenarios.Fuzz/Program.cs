using System.Globalization;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>
/// The console entry for long runs and for reproducing a finding:
/// <c>dotnet run -c Release --project tests/NeoCloudSim.Scenarios.Fuzz -- --seconds 600 --seed 7</c>, and
/// <c>... -- --replay /tmp/neocloudsim-fuzz/.../case-123.yaml</c>. Exit code 0: no finding; 1: findings; 2: bad arguments.
/// </summary>
public static class Program
{
    /// <summary>Runs a campaign (settings from NEOCLOUDSIM_FUZZ_* and then the arguments), or replays one input.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = FuzzSettings.FromEnvironment();
        string? replay = null;
        int? stack = null;
        for (int i = 0; i < args.Length; i++)
        {
            string value = i + 1 < args.Length ? args[i + 1] : "";
            switch (args[i])
            {
                case "--seconds":
                    settings = settings with { Seconds = double.Parse(value, CultureInfo.InvariantCulture) };
                    i++;
                    break;
                case "--seed":
                    settings = settings with { Seed = ulong.Parse(value, CultureInfo.InvariantCulture) };
                    i++;
                    break;
                case "--out":
                    settings = settings with { OutputFolder = Path.GetFullPath(value) };
                    i++;
                    break;
                case "--world-ms":
                    settings = settings with { WorldMilliseconds = int.Parse(value, CultureInfo.InvariantCulture) };
                    i++;
                    break;
                case "--replay":
                    replay = value;
                    i++;
                    break;
                case "--stack":
                    stack = int.Parse(value, CultureInfo.InvariantCulture);
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}; use --seconds N --seed N --out DIR --world-ms N, or --replay FILE [--stack BYTES]");
                    return 2;
            }
        }

        if (replay is not null)
        {
            var input = FuzzCampaign.Load(replay);
            var outcome = new ScenarioProbe(settings).Check(input, stack ?? settings.StackBytes);
            Console.WriteLine($"{outcome.Verdict}{(outcome.Class.Length > 0 ? ": " + outcome.Class : "")}{(outcome.Message.Length > 0 ? ": " + outcome.Message : "")}");
            if (outcome.Detail.Length > 0)
            {
                Console.WriteLine(outcome.Detail);
            }

            return outcome.Verdict == Verdict.Finding ? 1 : 0;
        }

        Console.WriteLine($"fuzz: seed {settings.Seed} for {settings.Seconds} s; failing inputs go to {settings.OutputFolder}");
        var report = FuzzCampaign.Run(settings, Console.WriteLine);
        Console.WriteLine(report.Summary());
        Console.Write(report.Details());
        // Hung inputs' threads are background threads: returning ends them with the process.
        return report.Findings.Count > 0 ? 1 : 0;
    }
}
