namespace NeoCloudSim.Scenarios.Reading;

/// <summary>Reads text lines of bounded length, so that a file without line breaks cannot fill memory.</summary>
internal static class BoundedLines
{
    /// <summary>The next line without its ending (LF or CRLF), or null at the end.</summary>
    /// <exception cref="ScenarioException">The line is longer than <paramref name="maxChars"/> or holds a NUL character.</exception>
    public static string? Next(TextReader reader, int maxChars)
    {
        var line = new System.Text.StringBuilder();
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (c == 0)
            {
                throw new ScenarioException("a NUL character: a binary file, not text");
            }

            if (line.Length == maxChars)
            {
                throw new ScenarioException($"a line longer than {maxChars} characters: not a text file of rows");
            }

            line.Append((char)c);
        }

        return line.Length > 0 ? line.ToString().TrimEnd('\r') : null;
    }
}
