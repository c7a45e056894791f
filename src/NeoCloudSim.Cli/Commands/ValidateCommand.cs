using System.CommandLine;
using NeoCloudSim.Scenarios.Reading;

namespace NeoCloudSim.Cli.Commands;

/// <summary><c>neocloudsim validate FILE...</c>: checks scenario files without running them.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Scenario files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Checks scenario files — fields, types, ranges, references — and reports every problem with its place; runs and writes nothing.\n\nExample:\n  neocloudsim validate scenarios/*.yaml")
        {
            files,
        };
        command.SetAction(parse => Validate(parse.GetValue(files) ?? [], Console.Out, Console.Error));
        return command;
    }

    public static int Validate(IReadOnlyList<string> files, TextWriter output, TextWriter errors)
    {
        int invalid = 0;
        foreach (string file in files)
        {
            try
            {
                var loaded = ScenarioReader.ReadFile(file);
                output.WriteLine($"{file}: ok ({loaded.Scenario.Name}, {loaded.Scenario.Sites.Count} sites, {loaded.Scenario.HorizonDays} days)");
            }
            catch (ScenarioException error)
            {
                invalid++;
                errors.WriteLine(error.Message);
            }
        }

        return invalid == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
