using System.CommandLine;
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
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
