using System.Globalization;
using System.Text;
using NeoCloudSim.Demand;
using NeoCloudSim.Scenarios.Reading;

namespace NeoCloudSim.Scenarios.Tests;

/// <summary>
/// Inputs a file on disk can hold but a corpus of YAML text cannot (byte-order marks, UTF-16, binary bytes, endless
/// and huge files, deep nesting, bad traces), limits just inside and just outside, and --set values: each is refused
/// with one message naming the file or option, the field and what is wrong, or accepted when it is fine.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Minimal = "regions: [{ id: r }]\nclasses: [{ id: chat }]\nsites: [{ id: s, region: r, shell: { megawatts: 1 }, feeds: [{ megawatts: 2 }] }]\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private static string Refused(string path, IReadOnlyList<(string, string)>? overrides = null) =>
        Assert.Throws<ScenarioException>(() => ScenarioReader.ReadFile(path, overrides ?? [])).Message;

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        string path = Write("bom.yaml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# a comment\n" + Minimal)]);
        Assert.Equal("r", ScenarioReader.ReadFile(path).Scenario.Regions[0].Id);
    }

    [Theory]
    [InlineData("utf16le", "the file is UTF-16; save it as UTF-8")]
    [InlineData("utf16le-no-bom", "the file is UTF-16; save it as UTF-8")]
    [InlineData("utf16be", "the file is UTF-16; save it as UTF-8")]
    [InlineData("utf32", "the file is UTF-32; save it as UTF-8")]
    [InlineData("binary", "a binary file, not YAML text (a NUL byte at offset 4)")]
    [InlineData("latin1", "not UTF-8 text (an invalid byte at offset 6); save it as UTF-8")]
    public void Other_encodings_and_binary_files_are_named(string kind, string expected)
    {
        byte[] bytes = kind switch
        {
            "utf16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Minimal)],
            "utf16le-no-bom" => Encoding.Unicode.GetBytes(Minimal),
            "utf16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Minimal)],
            "utf32" => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Minimal)],
            "binary" => [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 3],
            _ => [.. Encoding.UTF8.GetBytes("name: "), 0xE9, 0x74, 0xE9, (byte)'\n'],
        };
        string message = Refused(Write(kind + ".yaml", bytes));
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_yaml_file_gets_an_excerpt_of_its_first_line_not_its_whole_text()
    {
        string text = string.Join('\n', Enumerable.Range(0, 200).Select(i => $"root{i}:x:0:0:root:/root:/bin/bash-and-a-long-tail-to-pass-eighty-characters-in-one-line"));
        string message = Refused(Write("passwd.yaml", text));
        Assert.Contains("passwd.yaml:1:1: a scenario file is a mapping of fields", message, StringComparison.Ordinal);
        Assert.True(message.Length < 300, message);
    }

    [Fact]
    public void Deep_nesting_is_refused_before_any_recursive_load()
    {
        string deep = "x: " + new string('[', 40_000) + new string(']', 40_000) + "\n";
        Assert.Contains("deep.yaml:1:67: nested deeper than 64 levels", Refused(Write("deep.yaml", deep)), StringComparison.Ordinal);
        string fine = Minimal + "description: " + new string('[', 10) + new string(']', 10) + "\n";
        Assert.Contains("description: expected text, not a list", Refused(Write("ten.yaml", fine)), StringComparison.Ordinal);
    }

    [Trait("Speed", "Slow")]
    [Fact]
    public void A_huge_list_is_refused_by_its_count_of_values()
    {
        var text = new StringBuilder("name: x\nregions: [");
        text.Insert(text.Length, "1,", 600_000).Append("1]\n");
        Assert.Contains("more than 500,000 values", Refused(Write("list.yaml", text.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_past_the_size_limit_is_refused_without_reading_it_all()
    {
        string path = Write("big.yaml", new byte[(16 << 20) + 1]);
        Assert.Contains("larger than 16 MiB, the most allowed", Refused(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Endless_files_fail_fast_as_scenario_base_trace_and_growth_series()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // not on this system
        }

        Assert.Contains("/dev/zero: the scenario file is larger than 16 MiB", Refused("/dev/zero"), StringComparison.Ordinal);
        Assert.Contains("extends: cannot use '/dev/zero': /dev/zero: the base scenario is larger than 16 MiB", Refused(Write("e.yaml", "extends: /dev/zero\n")), StringComparison.Ordinal);
        Assert.Contains("demand[0].trace.path: /dev/zero:1:1: a NUL character: this is a binary file, not a trace", Refused(Write("t.yaml", Minimal + "demand: [{ region: r, class: chat, trace: { path: /dev/zero } }]\n")), StringComparison.Ordinal);
        Assert.Contains("demand[0].curve.growth.csv_path: /dev/zero:1:1: a NUL character", Refused(Write("g.yaml", Minimal + "demand: [{ region: r, class: chat, curve: { growth: { kind: csv, csv_path: /dev/zero } } }]\n")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "t.csv:1:1: the trace file is empty")]
    [InlineData("TIMESTAMP,ContextTokens,GeneratedTokens\n", "t.csv: the trace holds no requests (a header and no rows)")]
    [InlineData("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.6805900,374,-44\n", "t.csv:2:33: GeneratedTokens '-44' is not a whole number from 0 to 2147483647")]
    [InlineData("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.6805900,NaN,44\n", "t.csv:2:29: ContextTokens 'NaN' is not a whole number")]
    [InlineData("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.6,3,4\n2023-11-16 18:15:45.6,3,4\n", "t.csv:3:1: TIMESTAMP goes back in time")]
    [InlineData("name,age\nbob,3\n", "t.csv:1:1: expected the header 'TIMESTAMP,ContextTokens,GeneratedTokens', found 'name,age' (is this a trace?)")]
    public void A_bad_trace_is_a_scenario_problem_naming_the_demand_field_and_the_trace_line(string trace, string expected)
    {
        Write("t.csv", trace);
        string message = Refused(Write("s.yaml", Minimal + "demand: [{ region: r, class: chat, trace: { path: t.csv } }]\n"));
        Assert.Contains("s.yaml:4:51: demand[0].trace.path: ", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trace_is_read_once_at_load_time_and_handed_to_the_run()
    {
        string trace = Write("t.csv", "TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.0,3,4\n2023-11-16 18:15:47.5,5,6\n");
        var loaded = ScenarioReader.ReadFile(Write("s.yaml", Minimal + "demand: [{ region: r, class: chat, trace: { path: t.csv } }]\n"));
        File.Delete(trace); // the run must not need the file again
        var records = loaded.LoadTrace(loaded.Scenario.Demand[0].Trace!);
        Assert.Equal([new TraceRecord(0, 3, 4), new TraceRecord(1.5, 5, 6)], records);
    }

    [Fact]
    public void A_repeated_trace_whose_requests_share_one_time_is_refused()
    {
        Write("t.csv", "TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.0,3,4\n2023-11-16 18:15:46.0,5,6\n");
        string message = Refused(Write("s.yaml", Minimal + "demand: [{ region: r, class: chat, trace: { path: t.csv, repeat: true } }]\n"));
        Assert.Contains("demand[0].trace.repeat: the trace's requests all have the same time", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("horizon_days", "36525", "36525.5", "horizon_days: must lie in [0.0416667, 36525] days, not 36525.5")]
    [InlineData("regions[0].utc_offset_hours", "14", "14.5", "regions[0].utc_offset_hours: must lie in [-14, 14] h, not 14.5")]
    [InlineData("traffic.step_minutes", "0.0167", "0.0166", "traffic.step_minutes: must lie in [0.0166667, 1440] minutes, not 0.0166")]
    [InlineData("bucket_hours", "0.0167", "0.0166", "bucket_hours: must lie in [0.0166667, 876600] h, not 0.0166")]
    [InlineData("sites[0].pue", "10", "10.01", "sites[0].pue: must lie in [1, 10], not 10.01")]
    [InlineData("demand[0].curve.base_rate_per_second", "1000000", "1000001", "demand[0].curve.base_rate_per_second: must lie in [0, 1000000] requests per second, not 1000001")]
    [InlineData("demand[0].curve.base_rate_per_second", "0", "-0.001", "demand[0].curve.base_rate_per_second: must be zero or more, not -0.001")]
    [InlineData("demand[0].prompt_tokens.median", "0.5", "0", "demand[0].prompt_tokens.median: must be positive, not 0")]
    public void A_value_just_inside_a_limit_passes_and_just_outside_fails_naming_field_and_limit(string path, string inside, string outside, string expected)
    {
        // A one-day horizon, so that the shortest steps and buckets stay within the counts allowed.
        string file = Write("s.yaml", Minimal + "horizon_days: 1\ndemand: [{ region: r, class: chat }]\n");
        Assert.NotNull(ScenarioReader.ReadFile(file, [(path, inside)]));
        Assert.Equal($"--set {path}={outside}: {expected[(path.Length + 2)..]}", Refused(file, [(path, outside)]));
    }

    [Fact]
    public void A_limit_broken_in_the_file_names_its_line_and_field()
    {
        Assert.Contains("s.yaml:4:15: horizon_days: must lie in [0.0416667, 36525] days, not 36525.5", Refused(Write("s.yaml", Minimal + "horizon_days: 36525.5\n")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name", "{a: [1", "--set name={a: [1:")]
    [InlineData("demand[99999999999].region", "r", "--set demand[99999999999].region=r: no item [99999999999] there (the list has 1 items)")]
    [InlineData("routing.polcy", "nearest", "--set routing.polcy=nearest: unknown field 'polcy' (known here: policy, max_waiting_per_slot, overflow)")]
    [InlineData("horizon_days", "soon", "--set horizon_days=soon: expected a number, not 'soon'")]
    [InlineData("seed", "-1", "--set seed=-1: the whole number -1 is out of range: this field takes a whole number from 0 to 18446744073709551615")]
    [InlineData("demand[0].curve.base_rate_per_second", "-1", "--set demand[0].curve.base_rate_per_second=-1: must be zero or more, not -1")]
    public void Set_errors_point_at_the_set_option(string path, string value, string expected)
    {
        string file = Write("s.yaml", Minimal + "demand: [{ region: r, class: chat }]\n");
        string message = Refused(file, [(path, value)]);
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_in_a_base_points_at_the_base_file_and_line()
    {
        Write("base.yaml", Minimal + "demand: [{ region: r, class: chat, curve: { base_rate_per_second: -2 } }]\n");
        string message = Refused(Write("v.yaml", "extends: base.yaml\nname: v\n"));
        Assert.Contains(Path.Combine(_folder, "base.yaml") + ":4:67: demand[0].curve.base_rate_per_second: must be zero or more, not -2", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shared_azure_trace_stays_readable()
    {
        string trace = "/work/shared/data/azure-llm-2023/AzureLLMInferenceTrace_conv.csv";
        if (!File.Exists(trace))
        {
            return; // the shared folder is not beside this checkout
        }

        var loaded = ScenarioReader.ReadFile(Write("s.yaml", Minimal + $"demand: [{{ region: r, class: chat, trace: {{ path: {trace} }} }}]\n"));
        Assert.True(loaded.LoadTrace(loaded.Scenario.Demand[0].Trace!).Count > 10_000, string.Create(CultureInfo.InvariantCulture, $"{loaded.Traces.Count}"));
    }
}
