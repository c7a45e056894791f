using System.Diagnostics;

namespace NeoCloudSim.Bench.Scale;

/// <summary>
/// The memory a case needed at its peak. Each case runs in a child process of its own (see
/// <see cref="ScaleBenchmarks"/>), so the figure is that case's alone, not the largest of the cases run before it.
/// </summary>
/// <remarks>
/// The process's peak working set (the kernel's high-water mark of resident memory) is what a user sizing a machine
/// needs: it counts the managed heap at its largest between collections, plus the runtime, the JIT and the code
/// (about 40 MB for an empty .NET process). The managed heap's own high-water mark is not tracked by the runtime
/// (GC.GetGCMemoryInfo reports sizes at collections only), and sampling it would miss the peaks it tries to find.
/// </remarks>
internal static class PeakMemory
{
    /// <summary>The process's peak working set so far, in MB (10^6 bytes).</summary>
    public static double WorkingSetMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1e6;
    }
}
