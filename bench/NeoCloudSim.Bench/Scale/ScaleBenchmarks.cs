using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using NeoCloudSim.Bench.Engine;

namespace NeoCloudSim.Bench.Scale;

/// <summary>
/// The scale benchmark: how the simulator scales with requests, replications (and later horizon and sites). Each
/// case prints one JSON line; each runs in a child process of its own, so its peak memory (<c>peak_mb</c>) is its
/// own and JIT or heap state does not carry from one case to the next.
/// </summary>
internal static class ScaleBenchmarks
{
    /// <summary>Every case, in the order they run by default. Add new cases here (one file each).</summary>
    public static IReadOnlyList<IScaleCase> Cases { get; } = [new RequestsCase(), new ReplicationsCase()];

    public static int Run(string[] args)
    {
        double scale = 1;
        bool inProcess = false;
        var chosen = new List<IScaleCase>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--scale" && i + 1 < args.Length)
            {
                scale = double.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--in-process")
            {
                inProcess = true;
            }
            else if (Cases.FirstOrDefault(c => c.Name == args[i]) is { } named)
            {
                chosen.Add(named);
            }
            else
            {
                Console.Error.WriteLine($"unknown scale case or argument: {args[i]}");
                Usage();
                return 2;
            }
        }

        foreach (var scaleCase in chosen.Count > 0 ? chosen : Cases)
        {
            int status = inProcess ? RunHere(scaleCase, scale) : RunInChild(scaleCase, scale);
            if (status != 0)
            {
                return status;
            }
        }

        return 0;
    }

    /// <summary>The scale cases, for the program's usage text.</summary>
    public static void Usage()
    {
        Console.Error.WriteLine("usage: NeoCloudSim.Bench scale [CASE...] [--scale X] [--in-process]");
        foreach (var scaleCase in Cases)
        {
            Console.Error.WriteLine($"  {scaleCase.Name,-14} {scaleCase.Description}");
        }

        Console.Error.WriteLine("  --scale        multiplies each case's work (default 1)");
        Console.Error.WriteLine("  --in-process   runs the cases in this process (peak_mb is then the largest so far)");
    }

    private static int RunHere(IScaleCase scaleCase, double scale)
    {
        var fields = scaleCase.Run(scale);
        Console.WriteLine(JsonLine.Of([("bench", scaleCase.Name), .. fields, ("peak_mb", PeakMemory.WorkingSetMegabytes())]));
        return 0;
    }

    /// <summary>Runs one case in a fresh process of this program; its JSON line goes straight to our output.</summary>
    private static int RunInChild(IScaleCase scaleCase, double scale)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown.");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location); // run as `dotnet NeoCloudSim.Bench.dll`
        }

        foreach (string arg in new[] { "scale", scaleCase.Name, "--scale", scale.ToString(CultureInfo.InvariantCulture), "--in-process" })
        {
            start.ArgumentList.Add(arg);
        }

        Console.Out.Flush();
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            Console.Error.WriteLine($"scale case {scaleCase.Name} failed with exit code {child.ExitCode}");
        }

        return child.ExitCode;
    }
}
