using System.CommandLine;
using System.Globalization;
using NeoCloudSim.Scenarios.Catalog;

namespace NeoCloudSim.Cli.Commands;

/// <summary><c>neocloudsim catalog</c>: the built-in GPU SKUs, their figures and the sources of those figures.</summary>
internal static class CatalogCommand
{
    public static Command Create()
    {
        var sources = new Option<bool>("--sources") { Description = "Also print where each figure comes from." };
        var command = new Command("catalog", "Lists the built-in GPU SKUs with their power, price, life, reliability, lead time and serving speed.\n\nExample:\n  neocloudsim catalog --sources")
        {
            sources,
        };
        command.SetAction(parse => Print(Console.Out, parse.GetValue(sources)));
        return command;
    }

    public static int Print(TextWriter output, bool withSources)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{"sku",-12} {"kW/GPU",7} {"USD/GPU",8} {"life y",6} {"MTBF h",7} {"lead d",6} {"GPUs",4} {"tok/s@64",8}  name"));
        foreach (var sku in GpuCatalogReader.LoadDefault())
        {
            var s = sku.Serving;
            double tokensPerSecond = s.BatchLimit / s.DecodeStepSeconds(s.BatchLimit);
            output.WriteLine(string.Create(c, $"{sku.Id,-12} {sku.PowerKwPerGpu,7:F2} {sku.PriceUsdPerGpu,8:N0} {sku.UsefulLifeYears,6:F0} {sku.MtbfHours,7:N0} {sku.LeadTimeDays,6:F0} {s.GpusPerReplica,4} {tokensPerSecond,8:N0}  {sku.Name}"));
            if (withSources)
            {
                foreach (var (figure, source) in sku.Sources)
                {
                    output.WriteLine($"    {figure}: {source}");
                }
            }
        }

        return ExitCodes.Success;
    }
}
