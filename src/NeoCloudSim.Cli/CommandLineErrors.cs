using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using System.Text.RegularExpressions;

namespace NeoCloudSim.Cli;

/// <summary>
/// A command line that does not parse: each error on one line in the user's terms (no .NET type names), then one line
/// of usage for the command that was meant and where its help is — not the whole help.
/// </summary>
internal static partial class CommandLineErrors
{
    public static void Write(ParseResult parse, TextWriter errors)
    {
        foreach (var error in parse.Errors)
        {
            errors.WriteLine($"neocloudsim: {Humane(error.Message)}");
        }

        var path = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is CommandResult command; result = command.Parent)
        {
            path.Insert(0, command.Command is RootCommand ? "neocloudsim" : command.Command.Name);
        }

        var usage = new StringBuilder("usage: ").AppendJoin(' ', path);
        var meant = parse.CommandResult.Command;
        foreach (var argument in meant.Arguments)
        {
            usage.Append(argument.Arity.MinimumNumberOfValues == 0 ? $" [{argument.Name}]" : $" <{argument.Name}>");
        }

        if (meant is RootCommand)
        {
            usage.Append(" <command>");
        }

        usage.Append(meant.Options.Count > 0 ? " [options]" : "");
        errors.WriteLine($"{usage}   ({string.Join(' ', path)} --help shows more)");
    }

    /// <summary>A parser message with its .NET type names put as a person would say them.</summary>
    public static string Humane(string message)
    {
        var parse = CannotParse().Match(message);
        if (parse.Success)
        {
            return $"{parse.Groups["symbol"].Value}: '{parse.Groups["value"].Value}' is not {Expected(parse.Groups["type"].Value)}";
        }

        return TypeName().Replace(message, m => Expected(m.Groups["type"].Value));
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("UInt", StringComparison.Ordinal) => "a whole number of 0 or more",
        _ when type.Contains("Int", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ => "a valid value",
    };

    [GeneratedRegex(@"Cannot parse argument '(?<value>.*)' for (?:option|command|argument) '(?<symbol>[^']+)' as expected type '(?<type>[^']+)'\.?")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"'?(?<type>System\.[A-Za-z0-9_.`\[\]]+)'?")]
    private static partial Regex TypeName();
}
