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
        var text = new StringBuilder(Math.Min((name ?? "").Length, MaxLength));
        foreach (char c in name ?? "")
        {
            if (text.Length == MaxLength)
            {
                break;
            }

            bool keep = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
            char next = keep ? c : '-';
            if (next == '-' && text.Length > 0 && text[^1] == '-')
            {
                continue;
            }

            text.Append(next);
        }

        string folder = text.ToString().Trim('.', '-');
        while (folder.Contains("..", StringComparison.Ordinal))
        {
            folder = folder.Replace("..", ".", StringComparison.Ordinal);
        }

        return folder.Length == 0 ? "scenario" : folder;
    }
}
