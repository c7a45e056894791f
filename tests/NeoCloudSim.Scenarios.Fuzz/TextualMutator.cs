using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>Mutations of a file's bytes: bit flips, hostile fragments (tabs, BOMs, NULs, YAML indicators) laid in,
/// invalid UTF-8, truncation, lines dropped, doubled or swapped, numbers replaced; and splices of two files.</summary>
internal static partial class TextualMutator
{
    private static readonly Gen<int> Operation = Gen.Int[0, 9];

    public static FuzzInput Mutate(SeedFile seed, PCG pcg)
    {
        var bytes = new List<byte>(seed.Bytes);
        var steps = new List<string>();
        int count = Gen.Int[1, 4].Draw(pcg);
        for (int i = 0; i < count; i++)
        {
            steps.Add(Apply(bytes, pcg));
        }

        return new FuzzInput { Bytes = [.. bytes], Folder = seed.Folder, SeedPath = seed.Path, Steps = steps };
    }

    public static FuzzInput Splice(SeedFile first, SeedFile second, PCG pcg)
    {
        var a = Lines(first.Bytes);
        var b = Lines(second.Bytes);
        int i = pcg.Below(a.Count + 1);
        int j = pcg.Below(b.Count + 1);
        var bytes = new List<byte>();
        foreach (var line in a.Take(i))
        {
            bytes.AddRange(line);
        }

        foreach (var line in b.Skip(j))
        {
            bytes.AddRange(line);
        }

        var steps = new List<string> { $"splice {Path.GetFileName(first.Path)} lines [0, {i}) + {Path.GetFileName(second.Path)} lines [{j}, end)" };
        if (Gen.Bool.Draw(pcg))
        {
            steps.Add(Apply(bytes, pcg));
        }

        return new FuzzInput { Bytes = [.. bytes], Folder = first.Folder, SeedPath = first.Path, Steps = steps };
    }

    private static string Apply(List<byte> bytes, PCG pcg)
    {
        int at = pcg.Below(bytes.Count + 1);
        switch (Operation.Draw(pcg))
        {
            case 0 when bytes.Count > 0:
                int bit = pcg.Below(8);
                at = Math.Min(at, bytes.Count - 1);
                bytes[at] ^= (byte)(1 << bit);
                return $"flip bit {bit} of byte {at}";
            case 1:
                string fragment = Hostile.Fragment.Draw(pcg);
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(fragment));
                return $"insert {Show(fragment)} at byte {at}";
            case 2:
                int line = LineStart(bytes, at);
                string indent = Gen.OneOf("\t", "\t\t", " ", "   ", "\uFEFF", "\0").Draw(pcg);
                bytes.InsertRange(line, Encoding.UTF8.GetBytes(indent));
                return $"insert {Show(indent)} at the line starting at byte {line}";
            case 3:
                bytes.InsertRange(0, "\uFEFF"u8.ToArray());
                return "BOM at the start";
            case 4:
                bytes.RemoveRange(at, bytes.Count - at);
                return $"truncate at byte {at}";
            case 5:
                byte[] invalid = Gen.OneOf<byte[]>([0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x00]).Draw(pcg);
                bytes.InsertRange(at, invalid);
                return $"insert bytes {Convert.ToHexString(invalid)} at byte {at}";
            case 6:
            case 7:
                var lines = Lines([.. bytes]);
                if (lines.Count == 0)
                {
                    return "no lines";
                }

                int n = pcg.Below(lines.Count);
                string what;
                if (Gen.Bool.Draw(pcg))
                {
                    // Inputs stay under ~32 MB: the loader refuses more than 16 MiB itself, and bigger inputs only
                    // measure how fast this harness can build strings.
                    int times = Math.Min(Gen.OneOf(1, 2, 10, 1_000).Draw(pcg), Math.Max(1, 32_000_000 / Math.Max(1, lines[n].Length)));
                    lines.InsertRange(n, Enumerable.Repeat(lines[n], times));
                    what = $"duplicate line {n + 1} x{times}";
                }
                else if (Gen.Bool.Draw(pcg))
                {
                    lines.RemoveAt(n);
                    what = $"delete line {n + 1}";
                }
                else
                {
                    int m = pcg.Below(lines.Count);
                    (lines[n], lines[m]) = (lines[m], lines[n]);
                    what = $"swap lines {n + 1} and {m + 1}";
                }

                bytes.Clear();
                foreach (var l in lines)
                {
                    bytes.AddRange(l);
                }

                return what;
            default:
                string text = Encoding.UTF8.GetString([.. bytes]);
                var numbers = Number().Matches(text);
                if (numbers.Count == 0)
                {
                    return "no number";
                }

                var pick = numbers[pcg.Below(numbers.Count)];
                string value = Hostile.Scalar.Draw(pcg);
                text = string.Concat(text.AsSpan(0, pick.Index), value, text.AsSpan(pick.Index + pick.Length));
                bytes.Clear();
                bytes.AddRange(Encoding.UTF8.GetBytes(text));
                return $"number {pick.Value} at char {pick.Index} -> {Show(value)}";
        }
    }

    private static int LineStart(List<byte> bytes, int at)
    {
        while (at > 0 && bytes[at - 1] != (byte)'\n')
        {
            at--;
        }

        return at;
    }

    internal static List<byte[]> Lines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add(bytes[start..]);
        }

        return lines;
    }

    internal static string Show(string value)
    {
        string shown = value.Length > 40 ? $"{value[..20]}...({value.Length} chars)" : value;
        var text = new StringBuilder("'");
        foreach (char ch in shown)
        {
            text.Append(ch is < ' ' or '\uFEFF' or (>= '\u007F' and <= '\u00A0') or (>= '\u2028' and <= '\u202E') or (>= '\uD800' and <= '\uDFFF') ? $"\\u{(int)ch:X4}" : ch);
        }

        return text.Append('\'').ToString();
    }

    [GeneratedRegex(@"(?<![\w.-])-?\d+(\.\d+)?(?![\w-])")]
    private static partial Regex Number();
}
