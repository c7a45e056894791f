using System.Diagnostics;
using System.Globalization;
using NeoCloudSim.Bench.Engine;

namespace NeoCloudSim.Bench.Scale;

/// <summary>
/// The scale benchmark: requests per second at request level, a 5-year 50-site 200,000-GPU hybrid run, how wall time
/// grows with horizon and with sites (exponents of a log–log fit), and replications on two threads against one.
/// Every run is a child process, so each peak memory is its own.
/// </summary>
internal static class ScaleBenchmarks
{
    public static int Run(string[] args)
    {
        var only = args.Length > 0 ? args : ["requests", "hybrid-5y", "horizon-scaling", "site-scaling", "replications"];
        foreach (string bench in only)
        {
            switch (bench)
            {
                case "requests":
                    var requests = Child("requests", "20");
                    Console.WriteLine(JsonLine.Of(("bench", "requests"), ("requests", requests["requests"]), ("wall_s", requests["wall_s"]), ("requests_per_s", requests["requests"] / requests["wall_s"]), ("peak_mb", requests["peak_mb"]), ("target_requests_per_s", 1e6)));
                    break;
                case "hybrid-5y":
                    var hybrid = Child("run", "50", "200000", "5", "hybrid");
                    Console.WriteLine(JsonLine.Of(("bench", "hybrid-5y"), ("sites", 50), ("gpus", 200_000), ("years", 5.0), ("wall_s", hybrid["wall_s"]), ("peak_mb", hybrid["peak_mb"]), ("requests_served", hybrid["served"]), ("requests_simulated", hybrid["simulated"]), ("utilization", hybrid["utilization"]), ("target_wall_s", 30.0), ("target_peak_mb", 1024.0)));
                    break;
                case "horizon-scaling":
                    Scaling("horizon-scaling", "years", [1, 2, 5], (years, fidelity) => Child("run", "10", "40000", years.ToString(CultureInfo.InvariantCulture), fidelity));
                    break;
                case "site-scaling":
                    Scaling("site-scaling", "sites", [10, 50, 200], (sites, fidelity) => Child("run", sites.ToString(CultureInfo.InvariantCulture), (sites * 4000).ToString(CultureInfo.InvariantCulture), "1", fidelity));
                    break;
                case "replications":
                    var one = Child("replications", "1");
                    var two = Child("replications", "2");
                    Console.WriteLine(JsonLine.Of(("bench", "replications"), ("replications", one["replications"]), ("wall_1", one["wall_s"]), ("wall_2", two["wall_s"]), ("speedup", one["wall_s"] / two["wall_s"]), ("identical", one["checksum"] == two["checksum"] ? 1 : 0), ("target_speedup", 1.7)));
                    break;
                default:
                    Console.Error.WriteLine($"unknown scale case: {bench}");
                    return 2;
            }
        }

        return 0;
    }

    /// <summary>Runs one measured case in a fresh process (<see cref="ScaleCase"/>) and reads back its figures.</summary>
    private static Dictionary<string, double> Child(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        start.ArgumentList.Add("scale-case");
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scale-case {string.Join(' ', args)} failed ({process.ExitCode}).");
        }

        var figures = new Dictionary<string, double>();
        foreach (string pair in output.Trim().Split(' '))
        {
            var parts = pair.Split('=');
            figures[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return figures;
    }

    /// <summary>
    /// Wall time at each size and the exponent b of wall ≈ a·size^b (least squares on logs), in hybrid and in fluid:
    /// a hybrid run's request-level windows are held to a fixed budget of requests, so its exponent mixes a fixed
    /// cost with the fluid model's; the fluid exponent is the model's own growth.
    /// </summary>
    private static void Scaling(string bench, string what, double[] sizes, Func<double, string, Dictionary<string, double>> run)
    {
        var fields = new List<(string, object)> { ("bench", bench) };
        foreach (string fidelity in new[] { "hybrid", "fluid" })
        {
            string prefix = fidelity == "hybrid" ? "" : "fluid_";
            var walls = sizes.Select(s => run(s, fidelity)["wall_s"]).ToArray();
            for (int i = 0; i < sizes.Length; i++)
            {
                fields.Add(($"{prefix}wall_s_{sizes[i].ToString(CultureInfo.InvariantCulture)}_{what}", walls[i]));
            }

            fields.Add(($"{prefix}exponent", Exponent(sizes, walls)));
        }

        fields.Add(("target_exponent", 1.0));
        Console.WriteLine(JsonLine.Of([.. fields]));
    }

    private static double Exponent(double[] sizes, double[] walls)
    {
        var x = sizes.Select(s => Math.Log(s)).ToArray();
        var y = walls.Select(w => Math.Log(w)).ToArray();
        double mx = x.Average(), my = y.Average();
        return x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my)) / x.Sum(v => (v - mx) * (v - mx));
    }
}
