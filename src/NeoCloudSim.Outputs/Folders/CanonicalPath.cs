namespace NeoCloudSim.Outputs.Folders;

/// <summary>
/// A path as the file system sees it: absolute, without <c>.</c>, <c>..</c> or trailing separators, every symbolic
/// link along it followed (like <c>realpath</c>). Results folders are checked and staged by this form, so that
/// <c>results/base/</c>, <c>./results/base</c> and a link to it are one folder.
/// </summary>
public static class CanonicalPath
{
    private const int MaxLinks = 40; // as Linux's own limit on links followed in one lookup

    /// <summary>The canonical form of <paramref name="path"/> (which need not exist).</summary>
    /// <exception cref="ArgumentException">The path is empty or has characters no path may hold.</exception>
    /// <exception cref="IOException">Symbolic links along it loop.</exception>
    public static string Of(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Trim(Path.GetFullPath(path));
        for (int followed = 0; ; followed++)
        {
            string? linked = FirstLink(full, out string rest);
            if (linked is null)
            {
                return full;
            }

            if (followed == MaxLinks)
            {
                throw new IOException($"'{path}': too many symbolic links (a loop?)");
            }

            full = Trim(Path.GetFullPath(rest.Length == 0 ? linked : Path.Combine(linked, rest)));
        }
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it (both canonical).</summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(outer);
        if (string.Equals(inner, outer, StringComparison.Ordinal))
        {
            return true;
        }

        string prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The target of the first symbolic link along <paramref name="full"/> (absolute), with what follows it.</summary>
    private static string? FirstLink(string full, out string rest)
    {
        string root = Path.GetPathRoot(full) ?? "/";
        string[] parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        string current = root;
        for (int i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            var info = new FileInfo(current);
            if (info.LinkTarget is { } target)
            {
                rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
                return Path.IsPathRooted(target) ? target : Path.Combine(Path.GetDirectoryName(current) ?? root, target);
            }

            if (!info.Exists && !Directory.Exists(current))
            {
                break; // nothing below a missing entry can be a link
            }
        }

        rest = "";
        return null;
    }

    private static string Trim(string path)
    {
        string trimmed = Path.TrimEndingDirectorySeparator(path);
        return trimmed.Length == 0 ? Path.DirectorySeparatorChar.ToString() : trimmed;
    }
}
