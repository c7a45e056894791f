using System.CommandLine;
using NeoCloudSim.Scenarios.Reading;

namespace NeoCloudSim.Cli.Commands;

/// <summary><c>neocloudsim init [FILE]</c>: writes a commented starter scenario (the built-in default) to edit.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Where to write the scenario.", DefaultValueFactory = _ => "scenario.yaml" };
        var command = new Command("init", "Writes a commented starter scenario — the built-in default, every section filled in — to edit into your own. Never overwrites a file.\n\nExample:\n  neocloudsim init my-neocloud.yaml")
        {
            file,
        };
        command.SetAction(parse => Init(parse.GetValue(file)!, Console.Out, Console.Error));
        return command;
    }

    public static int Init(string path, TextWriter output, TextWriter errors)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            errors.WriteLine("init needs a file name, e.g. neocloudsim init my.yaml");
            return ExitCodes.InvalidInput;
        }

        try
        {
            // CreateNew: the check and the creation are one step, so init never overwrites, even racing another.
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            using var writer = new StreamWriter(file);
            writer.Write(ScenarioReader.DefaultText());
        }
        catch (IOException) when (File.Exists(path) || Directory.Exists(path))
        {
            errors.WriteLine($"'{path}' already exists; init never overwrites a file.");
            return ExitCodes.OutputExists;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            errors.WriteLine($"Cannot write '{path}': {error.Message}");
            return ExitCodes.OutputExists;
        }

        output.WriteLine($"Wrote {path}: edit it, check it with `neocloudsim validate {path}`, run it with `neocloudsim run {path}`.");
        return ExitCodes.Success;
    }
}
