using CsCheck;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>CsCheck generators of hostile values: numbers at the edges of double and long, dates at the edges of
/// DateOnly, empty and very long strings, YAML's special scalars, malformed YAML.</summary>
public static class Hostile
{
    private static readonly string[] Numbers =
    [
        "0", "-0", "-1", "1", "1e308", "-1e308", "1.7976931348623157e308", "1e-320", "4.9e-324", "-1e-320", "1e-9", "1e9",
        ".nan", "NaN", ".inf", "-.inf", "+.inf", "Infinity", "99999999999999999999", "-99999999999999999999",
        "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "18446744073709551616",
        "0x7fffffff", "0o777", "1_000", "0.5", "1e400", "-1e400", "0.1e-310",
    ];

    private static readonly string[] Words =
    [
        "", "null", "~", "true", "false", "yes", "no", "0001-01-01", "9999-12-31", "0000-00-00", "2026-02-30", "2026-13-01",
        "10000-01-01", "2026-01-01T25:61:61", "-2026-01-01", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z",
        "h100", "us-east", "campus", "interactive", "exponential", "piecewise", "csv", "nearest", "latency-aware", "fluid",
        "hybrid", "auto", "requests", "default.yaml", "../../../../etc/passwd", "/dev/zero", "/dev/stdin", "CON",
        "\u202eevil", "a\u0000b", "\t", " ", "'", "\"", "#", "&", "*", "!", "|", ">", "%", "@", "`", "{}", "[]", "- x",
    ];

    /// <summary>A hostile scalar's text.</summary>
    public static Gen<string> Scalar { get; } = Gen.Frequency(
        (6, Gen.OneOf(Numbers)),
        (4, Gen.OneOf(Words)),
        (1, Gen.OneOf(1_000, 100_000, 1_000_000).Select(n => new string('x', n))),
        (1, Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.String[Gen.Char, 0, 40]));

    /// <summary>A hostile scalar of at most a few dozen characters: what lists and mappings of many items are made
    /// of (10,000 long strings would be a file of gigabytes, which tests the machine, not the loader).</summary>
    public static Gen<string> ShortScalar { get; } = Gen.Frequency(
        (6, Gen.OneOf(Numbers)),
        (4, Gen.OneOf(Words)),
        (1, Gen.String[Gen.Char, 0, 40]));

    /// <summary>A size for repetitions and nesting: mostly small, sometimes large.</summary>
    public static Gen<int> Repeat { get; } = Gen.OneOf(2, 3, 10, 100, 1_000, 10_000);

    /// <summary>A nesting depth for the deep-nesting mutation.</summary>
    public static Gen<int> Depth { get; } = Gen.OneOf(2, 10, 100, 1_000, 5_000, 20_000);

    /// <summary>Text laid into a file by the textual mutator.</summary>
    public static Gen<string> Fragment { get; } = Gen.Frequency(
        (3, Gen.OneOf("\t", "\uFEFF", "\0", "\r", "\r\n", "\n", "  ", ": ", "- ", "#", "&a ", "*a", "*b", "!!binary ",
            "!!python/object:x ", "<<: *a\n", "? ", "%YAML 1.1\n", "---\n", "...\n", "{", "}", "[", "]", ",", "'", "\"", "|\n",
            ">-\n", "\\", "\u0085", "\u2028", "\uD800")),
        (2, Scalar));

    /// <summary>A <c>--set</c> value: hostile scalars and malformed YAML.</summary>
    public static Gen<string> SetValue { get; } = Gen.Frequency(
        (6, Scalar),
        (3, Gen.OneOf("[", "]", "{a: ", "{", ": :", "&a *a", "*a", "&a [*a]", "!!python/object x", "- a\n- b", "a: b\nc: d",
            "[1, [2, [3]]]", "{x: 1}", "[]", "{}", "'unterminated", "\"\\u00\"", "%TAG ! x", "---\n---", "? a", "|", ">", "\t1")),
        (1, Gen.String[Gen.Char, 0, 20]));

    /// <summary>A <c>--set</c> path that is no real field, or an index beyond any list.</summary>
    public static Gen<string> SetPath { get; } = Gen.OneOf(
        "", ".", "..", "a..b", "[0]", "x[-1]", "demand[2147483648]", "demand[99999999999999999999]", "demand[999999]", "sites[0]",
        "sites[0][0]", "sites.id", "regions[0].id.x", "extends", "name.x", "UPPER", "a-b", "a b", "demand[0]curve", "horizon_days[0]",
        "catalog[0].id", "latency_ms.us-east", "traffic.step_minutes", "bucket_hours", "start", "demand[0].trace.path");
}
