using System.CommandLine;
using NeoCloudSim.Cli;
using NeoCloudSim.Cli.Commands;

var root = new RootCommand("NeoCloudSim: discrete-event simulation of GPU clouds — power, GPUs, demand, latency and money.")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    CompareCommand.Create(),
    SweepCommand.Create(),
    PlotCommand.Create(),
    ReportCommand.Create(),
    CatalogCommand.Create(),
    InitCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    CommandLineErrors.Write(parse, Console.Error);
    return ExitCodes.InvalidInput;
}

using var signals = new StopSignals();
try
{
    // Signals are ours (StopSignals): System.CommandLine's own handling would end the process two seconds after
    // Ctrl+C, whatever it was writing.
    var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
    int code = await parse.InvokeAsync(invocation, signals.Token).ConfigureAwait(false);
    return code == ExitCodes.Cancelled ? signals.ExitCode : code;
}
catch (OperationCanceledException) when (signals.Token.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("Stopped: nothing was written.").ConfigureAwait(false);
    return signals.ExitCode;
}
catch (Exception error)
{
    await Console.Error.WriteLineAsync($"neocloudsim failed unexpectedly: {error.Message}").ConfigureAwait(false);
    await Console.Error.WriteLineAsync(Environment.GetEnvironmentVariable("NEOCLOUDSIM_DEBUG") == "1"
        ? error.ToString()
        : "This is a bug; please report it with the command you ran (NEOCLOUDSIM_DEBUG=1 shows the details).").ConfigureAwait(false);
    return ExitCodes.Failure;
}
