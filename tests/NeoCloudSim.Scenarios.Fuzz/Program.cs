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
        // One hung input stops the process (its thread cannot be stopped, and may go on eating a core and memory);
        // the run goes on from the next case in a fresh process.
        var settings = FuzzSettings.FromEnvironment() with { MaxHung = 1 };
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
                case "--start":
                    settings = settings with { Start = long.Parse(value, CultureInfo.InvariantCulture) };
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
                    Console.Error.WriteLine($"unknown argument {args[i]}; use --seconds N --seed N --out DIR --world-ms N --start N, or --replay FILE [--stack BYTES]");
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
        int status = report.Findings.Count > 0 ? 1 : 0;
        double left = settings.Seconds - report.ElapsedSeconds;
        if (report.StoppedEarly is not null && left > 1)
        {
            // Hung inputs' threads cannot be stopped: go on from the next case in a fresh process (this one's hung
            // threads are background threads and end with it).
            Console.WriteLine($"fuzz: going on in a fresh process from case {settings.Start + report.Inputs} for {left:F0} s");
            status = Math.Max(status, Continue(settings, settings.Start + report.Inputs, left));
        }

        return status;
    }

    private static int Continue(FuzzSettings settings, long start, double seconds)
    {
        var info = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { UseShellExecute = false };
        foreach (string arg in new[]
        {
            typeof(Program).Assembly.Location, "--seed", settings.Seed.ToString(CultureInfo.InvariantCulture), "--start", start.ToString(CultureInfo.InvariantCulture),
            "--seconds", seconds.ToString("R", CultureInfo.InvariantCulture), "--out", settings.OutputFolder, "--world-ms", settings.WorldMilliseconds.ToString(CultureInfo.InvariantCulture),
        })
        {
            info.ArgumentList.Add(arg);
        }

        using var child = System.Diagnostics.Process.Start(info)!;
        child.WaitForExit();
        return child.ExitCode;
    }
}
