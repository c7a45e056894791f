using System.Diagnostics;
using System.Globalization;

namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// A process named by its id and start time, so that a claim left by a process that died is never mistaken for one
/// of a live process that later got the same id. On Linux the start time is the kernel's own count of clock ticks
/// since boot (<c>/proc/PID/stat</c>), the same whichever process reads it; elsewhere .NET's start time, to the
/// second.
/// </summary>
internal readonly record struct RunningProcess(int Id, long StartTicks)
{
    /// <summary>This process.</summary>
    public static RunningProcess Current { get; } = Of(Environment.ProcessId) ?? new RunningProcess(Environment.ProcessId, 0);

    /// <summary>The live process with this id, or null if none runs.</summary>
    public static RunningProcess? Of(int id)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                return LinuxStartTicks(id) is { } ticks ? new RunningProcess(id, ticks) : null;
            }

            using var process = Process.GetProcessById(id);
            return new RunningProcess(id, process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Field 22 of /proc/PID/stat (after the command name, which may hold spaces and parentheses).</summary>
    private static long? LinuxStartTicks(int id)
    {
        string stat;
        try
        {
            stat = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{id}/stat"));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 19 && long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out long ticks) ? ticks : null;
    }

    /// <summary>Whether this process still runs (the same one: same id, same start).</summary>
    public bool IsAlive => Of(Id) is { } now && (now.StartTicks == StartTicks || StartTicks == 0);

    /// <summary>"id start" as kept in a claim file.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} {StartTicks}");

    /// <summary>Reads <see cref="ToString"/>'s form; null if it is not that.</summary>
    public static RunningProcess? Parse(string text)
    {
        var parts = (text ?? "").Trim().Split(' ');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int id)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long ticks)
            ? new RunningProcess(id, ticks)
            : null;
    }
}
