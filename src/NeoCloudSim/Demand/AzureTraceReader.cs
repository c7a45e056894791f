using System.Globalization;

namespace NeoCloudSim.Demand;

/// <summary>
/// Reads a trace in the format of the Azure LLM inference dataset 2023: a header
/// <c>TIMESTAMP,ContextTokens,GeneratedTokens</c>, then one request per line with a timestamp
/// <c>yyyy-MM-dd HH:mm:ss.fffffff</c>, prompt tokens and output tokens, in time order (CRLF or LF endings).
/// </summary>
public static class AzureTraceReader
{
    private const string Header = "TIMESTAMP,ContextTokens,GeneratedTokens";

    /// <summary>Longest line read, in characters: a trace line is about 40; a longer one means this is not a trace.</summary>
    public const int MaxLineChars = 4_096;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="TraceFormatException">A line is malformed; the message names the file, line and column.</exception>
    public static IReadOnlyList<TraceRecord> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads a trace from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyList<TraceRecord> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var buffer = new System.Text.StringBuilder();
        string? header = ReadLine(reader, buffer, source, 1);
        if (header is null)
        {
            throw new TraceFormatException($"{source}:1:1: the trace file is empty; expected the header '{Header}'.");
        }

        if (header.Trim() != Header)
        {
            throw new TraceFormatException($"{source}:1:1: expected the header '{Header}', found '{Excerpt(header)}' (is this a trace?).");
        }

        var records = new List<TraceRecord>();
        DateTime first = default;
        DateTime previous = default;
        int lineNumber = 1;
        while (ReadLine(reader, buffer, source, lineNumber + 1) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            if (parts.Length != 3)
            {
                throw new TraceFormatException($"{source}:{lineNumber}:1: expected 3 comma-separated fields, found {parts.Length}.");
            }

            if (!DateTime.TryParseExact(parts[0], "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
            {
                throw new TraceFormatException($"{source}:{lineNumber}:1: TIMESTAMP '{Excerpt(parts[0])}' is not 'yyyy-MM-dd HH:mm:ss.fffffff'.");
            }

            int prompt = ParseCount(parts[1], source, lineNumber, parts[0].Length + 2, "ContextTokens");
            int output = ParseCount(parts[2], source, lineNumber, parts[0].Length + parts[1].Length + 3, "GeneratedTokens");
            if (records.Count == 0)
            {
                first = time;
            }
            else if (time < previous)
            {
                throw new TraceFormatException($"{source}:{lineNumber}:1: TIMESTAMP goes back in time; the trace must be sorted.");
            }

            previous = time;
            records.Add(new TraceRecord((time - first).TotalSeconds, prompt, output));
        }

        return records;
    }

    /// <summary>The next line without its ending, or null at the end; refuses NUL characters and endless lines.</summary>
    private static string? ReadLine(TextReader reader, System.Text.StringBuilder line, string source, int lineNumber)
    {
        line.Clear();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (c == 0)
            {
                throw new TraceFormatException($"{source}:{lineNumber}:{line.Length + 1}: a NUL character: this is a binary file, not a trace.");
            }

            if (line.Length == MaxLineChars)
            {
                throw new TraceFormatException($"{source}:{lineNumber}:1: a line longer than {MaxLineChars} characters: this is not a trace.");
            }

            line.Append((char)c);
        }

        return line.Length > 0 ? line.ToString().TrimEnd('\r') : null;
    }

    /// <summary>A piece of a line for a message: at most 80 characters.</summary>
    private static string Excerpt(string text) => text.Length > 80 ? text[..80] + "..." : text;

    private static int ParseCount(string text, string source, int line, int column, string field)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            throw new TraceFormatException($"{source}:{line}:{column}: {field} '{Excerpt(text)}' is not a whole number from 0 to {int.MaxValue}.");
        }

        return value;
    }
}
