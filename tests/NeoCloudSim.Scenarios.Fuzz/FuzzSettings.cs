using System.Globalization;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>How long and how hard to fuzz; every bound an input must keep.</summary>
public sealed record FuzzSettings
{
    /// <summary>Wall time of the campaign (NEOCLOUDSIM_FUZZ_SECONDS).</summary>
    public double Seconds { get; init; } = 60;

    /// <summary>Seed of the case stream (NEOCLOUDSIM_FUZZ_SEED): a fixed default, so CI's run is the same inputs in
    /// the same order every time (how far it gets depends on the machine's speed).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Cases of the seed's stream to skip (a run continued in a fresh process after hung inputs).</summary>
    public long Start { get; init; }

    /// <summary>Most wall time the loader may take on one input (NEOCLOUDSIM_FUZZ_LOAD_MS).</summary>
    public int LoadTimeoutMilliseconds { get; init; } = 2_000;

    /// <summary>Most bytes the loader may allocate on one input.</summary>
    public long MaxLoadBytes { get; init; } = 1L << 30; // a legal 10,000-site file allocates ~540 MB while loading (docs/fuzzing.md)

    /// <summary>How long an accepted scenario runs before the progress callback cancels it (NEOCLOUDSIM_FUZZ_WORLD_MS).</summary>
    public int WorldMilliseconds { get; init; } = 200;

    /// <summary>Most wall time building the world and running it until cancelled may take.</summary>
    public int WorldTimeoutMilliseconds { get; init; } = 10_000;

    /// <summary>Most bytes building the world and running it until cancelled may allocate.</summary>
    public long MaxWorldBytes { get; init; } = 4L << 30;

    /// <summary>Managed heap past which an input is stopped as runaway memory (and the campaign with it).</summary>
    public long MaxMemoryBytes { get; init; } = 3L << 30;

    /// <summary>Stack of the thread each input runs on (deep inputs are also replayed in a child process on the
    /// runtime's default stack).</summary>
    public int StackBytes { get; init; } = 256 << 20;

    /// <summary>Nesting at or above which an input is also replayed in a child process.</summary>
    public int ChildDepth { get; init; } = 200;

    /// <summary>Hung inputs (threads that cannot be stopped) after which the campaign stops early.</summary>
    public int MaxHung { get; init; } = 2;

    /// <summary>Inputs kept per finding class.</summary>
    public int KeepPerClass { get; init; } = 3;

    /// <summary>Where failing inputs are written (NEOCLOUDSIM_FUZZ_OUT; a fresh temporary folder by default).</summary>
    public string OutputFolder { get; init; } = Path.Combine(Path.GetTempPath(), "neocloudsim-fuzz", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture));

    /// <summary>The defaults with the environment's NEOCLOUDSIM_FUZZ_* variables laid over them.</summary>
    public static FuzzSettings FromEnvironment()
    {
        var settings = new FuzzSettings();
        if (Number("NEOCLOUDSIM_FUZZ_SECONDS") is { } seconds)
        {
            settings = settings with { Seconds = seconds };
        }

        if (Environment.GetEnvironmentVariable("NEOCLOUDSIM_FUZZ_SEED") is { Length: > 0 } seed)
        {
            settings = settings with { Seed = ulong.Parse(seed, CultureInfo.InvariantCulture) };
        }

        if (Number("NEOCLOUDSIM_FUZZ_LOAD_MS") is { } load)
        {
            settings = settings with { LoadTimeoutMilliseconds = (int)load };
        }

        if (Number("NEOCLOUDSIM_FUZZ_WORLD_MS") is { } world)
        {
            settings = settings with { WorldMilliseconds = (int)world };
        }

        if (Environment.GetEnvironmentVariable("NEOCLOUDSIM_FUZZ_OUT") is { Length: > 0 } output)
        {
            settings = settings with { OutputFolder = Path.GetFullPath(output) };
        }

        return settings;
    }

    private static double? Number(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;
}
