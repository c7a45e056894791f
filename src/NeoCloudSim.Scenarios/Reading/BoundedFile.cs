using System.Globalization;
using System.Text;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Reads the files a scenario refers to with a size limit, so that an endless file (<c>/dev/zero</c>) or a huge one
/// fails fast with a message instead of filling memory, and decodes scenario text: UTF-8 with or without a byte-order
/// mark; UTF-16 and UTF-32 named as such; binary files and invalid UTF-8 refused with an excerpt, never the whole text.
/// </summary>
internal static class BoundedFile
{
    private const int ExcerptChars = 80;

    /// <summary>The bytes of <paramref name="path"/>, refusing a file larger than <paramref name="maxBytes"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">Most bytes read.</param>
    /// <param name="what">What the file is, for messages ("scenario file").</param>
    public static byte[] ReadBytes(string path, long maxBytes, string what)
    {
        using var stream = Open(path, what);
        using var memory = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > maxBytes)
            {
                throw new ScenarioException($"{path}: the {what} is larger than {Size(maxBytes)}, the most allowed (is it the right file?)");
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    /// <summary>Opens <paramref name="path"/> for reading, with a message naming the file when it cannot be.</summary>
    public static Stream Open(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new ScenarioException($"{path}: is a folder, not a {what}");
        }

        if (!File.Exists(path))
        {
            throw new ScenarioException($"{path}: no such {what}");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException($"{path}: cannot read the {what}: {error.Message}");
        }
    }

    /// <summary>A reader of <paramref name="path"/> that fails once more than <paramref name="maxBytes"/> were read.</summary>
    public static StreamReader OpenText(string path, long maxBytes, string what) =>
        new(new BoundedReadStream(Open(path, what), maxBytes, $"{path}: the {what} is larger than {Size(maxBytes)}, the most allowed (is it the right file?)"), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    /// <summary>The text of scenario bytes: UTF-8, a byte-order mark allowed; anything else refused with a hint.</summary>
    public static string DecodeYaml(byte[] bytes, string source)
    {
        ReadOnlySpan<byte> b = bytes;
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || b.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            throw new ScenarioException($"{source}: the file is UTF-32; save it as UTF-8");
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || LooksUtf16(b))
        {
            throw new ScenarioException($"{source}: the file is UTF-16; save it as UTF-8");
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            b = b[3..];
        }

        int nul = b.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ScenarioException($"{source}: a binary file, not YAML text (a NUL byte at offset {nul.ToString(CultureInfo.InvariantCulture)}); it begins '{Excerpt(Encoding.UTF8.GetString(b[..Math.Min(b.Length, 200)]))}'");
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(b);
        }
        catch (DecoderFallbackException error)
        {
            throw new ScenarioException($"{source}: not UTF-8 text (an invalid byte at offset {error.Index.ToString(CultureInfo.InvariantCulture)}); save it as UTF-8; it begins '{Excerpt(Encoding.UTF8.GetString(b[..Math.Min(b.Length, 200)]))}'");
        }
    }

    /// <summary>The first non-blank line of <paramref name="text"/>, cut to 80 characters, control characters shown as '?'.</summary>
    public static string Excerpt(string? text)
    {
        string line = (text ?? "").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        var cut = new StringBuilder();
        foreach (char c in line.Length > ExcerptChars ? line[..ExcerptChars] : line)
        {
            cut.Append(char.IsControl(c) || c == '\uFFFD' ? '?' : c);
        }

        return line.Length > ExcerptChars ? cut + "..." : cut.ToString();
    }

    /// <summary>"16 MiB", "1 GiB".</summary>
    public static string Size(long bytes) =>
        bytes >= 1L << 30 && bytes % (1L << 30) == 0 ? $"{bytes >> 30} GiB"
        : bytes >= 1L << 20 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");

    /// <summary>Text without a byte-order mark where every other byte of the first ones is NUL: UTF-16.</summary>
    private static bool LooksUtf16(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4)
        {
            return false;
        }

        int n = Math.Min(b.Length / 2 * 2, 64), even = 0, odd = 0;
        for (int i = 0; i < n; i += 2)
        {
            even += b[i] == 0 ? 1 : 0;
            odd += b[i + 1] == 0 ? 1 : 0;
        }

        int pairs = n / 2;
        return (odd * 4 >= pairs * 3 && even == 0) || (even * 4 >= pairs * 3 && odd == 0);
    }
}
