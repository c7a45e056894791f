using System.Text;

namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// Folder names made from text a scenario chooses (its <c>name</c>): one path segment of letters, digits,
/// <c>-</c>, <c>_</c> and inner dots, so that a name such as <c>../../victim</c> or <c>/etc</c> can never lead a
/// default results folder outside <c>results/</c>.
/// </summary>
public static class ResultsNames
{
    private const int MaxLength = 80;

    /// <summary>A safe folder name for <paramref name="name"/>: other characters become <c>-</c>; never empty, never
    /// starting with a dot.</summary>
    public static string FolderName(string name)
    {
        name ??= "";
        var text = new StringBuilder(Math.Min(name.Length, MaxLength));
        for (int i = 0; i < name.Length && text.Length < MaxLength; i++)
        {
            char c = name[i];
            // A dot stays only between two word characters (v1.2): never "..", never leading, never next to a dash.
            bool dot = c == '.' && text.Length > 0 && IsWord(text[^1]) && i + 1 < name.Length && IsWord(name[i + 1]);
            char next = IsWord(c) || c == '-' || dot ? c : '-';
            if (next == '-' && (text.Length == 0 || text[^1] == '-'))
            {
                continue;
            }

            text.Append(next);
        }

        string folder = text.ToString().TrimEnd('-');
        return folder.Length == 0 ? "scenario" : folder;
    }

    private static bool IsWord(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
