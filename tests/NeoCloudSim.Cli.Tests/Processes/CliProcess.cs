using System.Diagnostics;
using System.Text;

namespace NeoCloudSim.Cli.Tests.Processes;

/// <summary>
/// The real <c>neocloudsim</c> program (NeoCloudSim.Cli.dll beside the tests) in a process of its own, with its output
/// captured, so tests can send it real signals (<c>kill -INT</c>, <c>kill -TERM</c>) and crash it at chosen points.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();
    private readonly object _gate = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_out, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_err, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _out.ToString();
            }
        }
    }

    public string Errors
    {
        get
        {
            lock (_gate)
            {
                return _err.ToString();
            }
        }
    }

    /// <summary>Starts <c>neocloudsim ARGS</c> in <paramref name="workingDirectory"/>, with <c>NEOCLOUDSIM_FAULT</c> set
    /// to <paramref name="fault"/> if given.</summary>
    public static CliProcess Start(string workingDirectory, string? fault, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NeoCloudSim.Cli.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NEOCLOUDSIM_FAULT"] = fault ?? "";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new CliProcess(Process.Start(start)!);
    }

    /// <summary>Runs <c>neocloudsim ARGS</c> to its end; its exit code.</summary>
    public static (int Code, string Output, string Errors) Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, null, args);
        int code = process.WaitForExit(TimeSpan.FromMinutes(2));
        return (code, process.Output, process.Errors);
    }

    /// <summary>Sends a real signal ("INT", "TERM", "KILL").</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill!.WaitForExit();
    }

    /// <summary>Waits until standard error or output holds <paramref name="text"/>.</summary>
    public void WaitFor(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Errors.Contains(text, StringComparison.Ordinal) && !Output.Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > timeout || _process.HasExited)
            {
                throw new TimeoutException($"'{text}' never came (exited: {_process.HasExited}). stdout: {Output} stderr: {Errors}");
            }

            Thread.Sleep(20);
        }
    }

    /// <summary>Waits for the end; the exit code.</summary>
    /// <exception cref="TimeoutException">Still running after <paramref name="timeout"/> (it is killed).</exception>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"neocloudsim did not end within {timeout.TotalSeconds} s. stdout: {Output} stderr: {Errors}");
        }

        _process.WaitForExit(); // the output's end
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (_gate)
            {
                text.AppendLine(line);
            }
        }
    }
}
