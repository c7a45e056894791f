using System.Diagnostics;
using System.Text;
using NeoCloudSim.Scenarios.Reading;
using NeoCloudSim.World;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>
/// Checks the properties on one input: the loader returns a scenario or throws <see cref="ScenarioException"/>, in
/// bounded time and allocation; an accepted scenario builds a world that runs (until cancelled from the progress
/// callback) throwing nothing but <see cref="OperationCanceledException"/>. The input runs on its own thread with a
/// large stack, watched: one that overruns its time is reported as a hang and its thread left behind (a thread cannot
/// be stopped from outside), which <see cref="HungThreads"/> counts.
/// </summary>
public sealed class ScenarioProbe(FuzzSettings settings)
{
    private readonly List<Thread> _hung = [];

    /// <summary>Threads of hung inputs still running.</summary>
    public int HungThreads => _hung.Count(t => t.IsAlive);

    /// <summary>An input's thread was left running past the memory bound: the process should stop.</summary>
    public bool OutOfMemory { get; private set; }

    /// <summary>Checks <paramref name="input"/>.</summary>
    public Outcome Check(FuzzInput input) => Check(input, settings.StackBytes);

    /// <summary>Checks <paramref name="input"/> on a thread of <paramref name="stackBytes"/> (0: the runtime's default).</summary>
    public Outcome Check(FuzzInput input, int stackBytes)
    {
        ArgumentNullException.ThrowIfNull(input);
        var run = new Run(input, settings);
        var thread = new Thread(run.Execute, stackBytes) { IsBackground = true, Name = "fuzz input" };
        thread.Start();
        while (!thread.Join(TimeSpan.FromMilliseconds(Math.Min(100, run.Remaining().TotalMilliseconds))))
        {
            if (GC.GetTotalMemory(false) > settings.MaxMemoryBytes)
            {
                _hung.Add(thread);
                OutOfMemory = true;
                return new Outcome(Verdict.Finding, $"{(run.Phase == Phase.Load ? "load" : "world")}: memory > {settings.MaxMemoryBytes >> 30} GB ({Where(input)})", $"the managed heap grew past {settings.MaxMemoryBytes >> 30} GB on one input");
            }

            if (run.Remaining() <= TimeSpan.Zero)
            {
                _hung.Add(thread);
                return run.Phase == Phase.Load
                    ? new Outcome(Verdict.Finding, $"load: hang > {settings.LoadTimeoutMilliseconds} ms ({Where(input)})", $"the loader did not return within {settings.LoadTimeoutMilliseconds} ms")
                    : new Outcome(Verdict.Finding, $"world: hang > {settings.WorldTimeoutMilliseconds} ms ({Where(input)})", $"building the world and running it {settings.WorldMilliseconds} ms took over {settings.WorldTimeoutMilliseconds} ms (cancelling from the progress callback did not stop it)");
            }
        }

        return run.Result ?? new Outcome(Verdict.Finding, "harness: no result", "the input's thread ended without a result");
    }

    /// <summary>Where the mutation was, for a hang's class: the fields it touched, or the mutator.</summary>
    private static string Where(FuzzInput input) => input.Fields.Count > 0 ? string.Join(", ", input.Fields.Distinct()) : input.Steps.Count > 0 ? input.Steps[0].Split(' ')[0] : "?";

    internal enum Phase
    {
        Load,
        World,
    }

    /// <summary>One input's run on its thread; the watcher reads its phase and deadline.</summary>
    private sealed class Run(FuzzInput input, FuzzSettings settings)
    {
        private long _deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * settings.LoadTimeoutMilliseconds / 1000;
        private volatile int _phase;

        public Phase Phase => (Phase)_phase;

        public Outcome? Result { get; private set; }

        public TimeSpan Remaining() => Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), Interlocked.Read(ref _deadline)) is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;

        public void Execute()
        {
            try
            {
                Result = Load() is { } loaded ? RunWorld(loaded) : Result;
            }
#pragma warning disable CA1031 // the harness reports every exception as a finding
            catch (Exception error)
#pragma warning restore CA1031
            {
                Result = Found("harness", error);
            }
        }

        private LoadedScenario? Load()
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            LoadedScenario? loaded = null;
            try
            {
                loaded = input.Overrides.Count > 0
                    ? ScenarioReader.ReadFile(input.SeedPath, input.Overrides)
                    : ScenarioReader.Read(Encoding.UTF8.GetString(input.Bytes), input.SeedPath, input.Folder, input.Bytes);
            }
            catch (ScenarioException refused)
            {
                Result = string.IsNullOrWhiteSpace(refused.Message)
                    ? new Outcome(Verdict.Finding, "load: ScenarioException with an empty message", "", refused.ToString())
                    : new Outcome(Verdict.Refused, Message: FirstLine(refused.Message));
            }
#pragma warning disable CA1031 // any other exception is the finding
            catch (Exception error)
#pragma warning restore CA1031
            {
                Result = Found("load", error);
                return null;
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (allocated > settings.MaxLoadBytes)
            {
                Result = new Outcome(Verdict.Finding, $"load: allocates > {settings.MaxLoadBytes >> 20} MB", $"the loader allocated {allocated >> 20} MB on one input");
                return null;
            }

            return loaded;
        }

        private Outcome RunWorld(LoadedScenario loaded)
        {
            Interlocked.Exchange(ref _deadline, Stopwatch.GetTimestamp() + Stopwatch.Frequency * settings.WorldTimeoutMilliseconds / 1000);
            _phase = (int)Phase.World;
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            bool overAllocated = false;
            try
            {
                var world = new NeocloudWorld(loaded.Scenario, loaded.Catalog);
                world.Run(_ =>
                {
                    if (GC.GetAllocatedBytesForCurrentThread() - before > settings.MaxWorldBytes)
                    {
                        overAllocated = true;
                        throw new OperationCanceledException("allocation budget");
                    }

                    if (clock.ElapsedMilliseconds > settings.WorldMilliseconds)
                    {
                        throw new OperationCanceledException();
                    }
                });
            }
            catch (OperationCanceledException)
            {
            }
#pragma warning disable CA1031 // any other exception is the finding
            catch (Exception error)
#pragma warning restore CA1031
            {
                return Found("world", error);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            return overAllocated || allocated > settings.MaxWorldBytes
                ? new Outcome(Verdict.Finding, $"world: allocates > {settings.MaxWorldBytes >> 20} MB", $"building and running the world allocated {allocated >> 20} MB")
                : new Outcome(Verdict.Accepted);
        }

        private static Outcome Found(string phase, Exception error) =>
            new(Verdict.Finding, $"{phase}: {error.GetType().Name} at {Frame(error)}", FirstLine(error.Message), error.ToString());

        /// <summary>The first frame of ours (NeoCloudSim.*), else the first frame: what names the bug's place.</summary>
        private static string Frame(Exception error)
        {
            var frames = new StackTrace(error, false).GetFrames();
            var ours = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.FullName?.StartsWith("NeoCloudSim.", StringComparison.Ordinal) == true) ?? frames.FirstOrDefault();
            var method = ours?.GetMethod();
            return method is null ? "?" : $"{method.DeclaringType?.Name}.{method.Name}";
        }
    }

    internal static string FirstLine(string text)
    {
        int end = text.IndexOfAny(['\r', '\n']);
        string line = end < 0 ? text : text[..end];
        return line.Length > 300 ? line[..300] + "..." : line;
    }
}
