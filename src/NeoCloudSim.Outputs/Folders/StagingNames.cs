using System.Globalization;
using System.Text.RegularExpressions;

namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// The hidden names a results folder's writer uses beside it, in the same parent: <c>.NAME.claim</c> (which live
/// process writes NAME), <c>.NAME.partial-PID</c> (the new folder being written) and <c>.NAME.old-PID</c> (the old
/// folder, while a replace is under way on file systems without an atomic exchange).
/// </summary>
internal static partial class StagingNames
{
    public static string Claim(string parent, string name) => Path.Combine(parent, $".{name}.claim");

    public static string Partial(string parent, string name, int processId) =>
        Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $".{name}.partial-{processId}"));

    public static string Old(string parent, string name, int processId) =>
        Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $".{name}.old-{processId}"));

    /// <summary>Reads a staging folder's name: the results folder it belongs to, its kind and its writer's id.</summary>
    public static bool TryParse(string entry, out string name, out bool old, out int processId)
    {
        var match = Staging().Match(entry);
        name = match.Success ? match.Groups["name"].Value : "";
        old = match.Success && match.Groups["kind"].Value == "old";
        processId = match.Success && int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? id : 0;
        return match.Success && processId > 0;
    }

    [GeneratedRegex(@"^\.(?<name>.+)\.(?<kind>partial|old)-(?<pid>\d{1,9})$")]
    private static partial Regex Staging();
}
