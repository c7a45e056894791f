using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>Turns YamlDotNet's exceptions into messages a scenario author can act on: file, line, column, field.</summary>
internal static partial class YamlErrors
{
    public static ScenarioException From(YamlException error, string source)
    {
        string message = error.InnerException?.Message ?? error.Message;
        var unknown = UnknownProperty().Match(message);
        if (unknown.Success)
        {
            message = $"unknown field '{unknown.Groups["name"].Value}' in {unknown.Groups["type"].Value.Split('.')[^1]}";
        }

        return new ScenarioException($"{source}:{error.Start.Line}:{error.Start.Column}: {message}", error);
    }

    [GeneratedRegex("Property '(?<name>[^']+)' not found on type '(?<type>[^']+)'")]
    private static partial Regex UnknownProperty();
}
