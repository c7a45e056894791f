using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Turns YamlDotNet's exceptions into messages a scenario author can act on: file, line, column, field, and what was
/// expected in words ("a number", "a list"), never a .NET type name. A tab, which YamlDotNet reports at a wrong place,
/// is found in the text and reported at its own line.
/// </summary>
internal static partial class YamlErrors
{
    public static ScenarioException From(YamlException error, string source, string? yaml = null)
    {
        if (yaml is not null && error is SyntaxErrorException or SemanticErrorException && FirstIndentTab(yaml) is { } tab)
        {
            return new ScenarioException($"{source}:{tab.Line}:{tab.Column}: a tab character in the indentation; YAML indents with spaces only", error);
        }

        string message = Humane(error.InnerException?.Message ?? error.Message);
        return new ScenarioException(string.Create(CultureInfo.InvariantCulture, $"{source}:{error.Start.Line}:{error.Start.Column}: {message}"), error);
    }

    /// <summary>
    /// Whether <paramref name="error"/> is how YamlDotNet's scanner and parser sometimes fail on broken text (a state
    /// error rather than a <see cref="YamlException"/>): such text is refused like any other syntax error.
    /// </summary>
    public static bool IsParserFailure(Exception error) => error is InvalidOperationException or ArgumentException && error.StackTrace?.Contains("YamlDotNet", StringComparison.Ordinal) == true;

    /// <summary>The message for text YamlDotNet could not read at all (see <see cref="IsParserFailure"/>).</summary>
    public static ScenarioException Unreadable(string source, Exception error, Mark? near = null) =>
        new(near is { } mark
            ? string.Create(CultureInfo.InvariantCulture, $"{source}:{mark.Line}:{mark.Column}: the YAML cannot be read past here (a stray or invalid character, or broken quoting)")
            : $"{source}: the YAML cannot be read (a stray or invalid character, or broken quoting)", error);

    /// <summary>YamlDotNet's message with .NET type names replaced by what a scenario author writes.</summary>
    internal static string Humane(string message)
    {
        var unknown = UnknownProperty().Match(message);
        if (unknown.Success)
        {
            return $"unknown field '{unknown.Groups["name"].Value}' in {Short(unknown.Groups["type"].Value)}";
        }

        var into = IntoType().Match(message);
        if (into.Success)
        {
            return $"expected {Expected(into.Groups["type"].Value)}";
        }

        if (message.Contains("overflow", StringComparison.OrdinalIgnoreCase))
        {
            return "the number is too large for this field";
        }

        // Any other type name left: say what it stands for.
        return TypeName().Replace(message, m => Expected(m.Value));
    }

    /// <summary>What a value of a .NET type looks like in a scenario file.</summary>
    private static string Expected(string type)
    {
        string name = type.Split(',')[0];
        if (name.StartsWith("System.Nullable`1[", StringComparison.Ordinal))
        {
            name = name["System.Nullable`1[".Length..].TrimStart('[').TrimEnd(']');
        }

        return name switch
        {
            "System.String" => "text",
            "System.Double" or "System.Single" or "System.Decimal" => "a number",
            "System.Int32" or "System.Int64" or "System.UInt64" or "System.UInt32" or "System.Int16" => "a whole number",
            "System.Boolean" => "true or false",
            "System.DateTime" => "a date such as 2026-01-01",
            _ when name.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) => "a list",
            _ when name.StartsWith("System.Collections.Generic.Dictionary", StringComparison.Ordinal) => "a mapping",
            _ => $"a mapping ({Short(name)})",
        };
    }

    private static string Short(string type) => type.Split('[')[0].Split('`')[0].Split('.')[^1];

    /// <summary>Line and column (1-based) of the first tab in a line's leading whitespace, or of the first tab at all.</summary>
    private static (int Line, int Column)? FirstIndentTab(string yaml)
    {
        var lines = yaml.Split('\n');
        (int, int)? any = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                continue;
            }

            if (line[..tab].Trim().Length == 0 || line[..tab].TrimStart().StartsWith('-'))
            {
                return (i + 1, tab + 1);
            }

            any ??= (i + 1, tab + 1);
        }

        return any;
    }

    [GeneratedRegex("Property '(?<name>[^']*)' not found on type '(?<type>[^']+)'")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"deserialize the node into type (?<type>[^\s,]+(`1\[\[[^\]]+\]\])?[^\s]*)")]
    private static partial Regex IntoType();

    [GeneratedRegex(@"(System|NeoCloudSim)\.[A-Za-z0-9_.`\[\]]+(, [A-Za-z0-9_.]+(, [A-Za-z]+=[^,\]]+)*)?")]
    private static partial Regex TypeName();
}
