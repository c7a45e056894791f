using NeoCloudSim.Scenarios.Reading;

namespace NeoCloudSim.Scenarios.Tests;

public sealed class ScenarioReaderTests
{
    [Fact]
    public void The_built_in_default_is_the_shipped_default_yaml()
    {
        var builtIn = ScenarioReader.ReadDefault();
        var shipped = ScenarioReader.ReadFile(RepoFiles.Find("scenarios/default.yaml"));
        Assert.Equal(shipped.Sha256, builtIn.Sha256);
        Assert.Equal("default", builtIn.Scenario.Name);
    }

    [Fact]
    public void The_default_scenario_has_what_the_product_promises()
    {
        var s = ScenarioReader.ReadDefault().Scenario;
        Assert.Equal(2, s.Regions.Count);
        Assert.Single(s.Sites, x => x.Kind == Sites.SiteKind.Campus && x.Feeds.All(f => f.Kind == Power.PowerFeedKind.Grid));
        Assert.Equal(3, s.Sites.Count(x => x.Kind == Sites.SiteKind.Edge && x.Feeds.All(f => f.Kind == Power.PowerFeedKind.OnSite)));
        Assert.Contains(s.Demand, d => d.Curve.Growth.Kind == Demand.GrowthKind.Exponential && d.Curve.DailyShape.Count == 24);
        Assert.Contains(s.Classes, c => s.Pricing.For(c.Id).Model == Pricing.PriceModel.PerToken);
        Assert.Contains(s.Classes, c => s.Pricing.For(c.Id).Model == Pricing.PriceModel.GpuHour);
    }

    [Fact]
    public void Snake_case_keys_and_hyphenated_values_map_onto_the_specs()
    {
        const string yaml = """
            name: mapping
            horizon_days: 10
            regions: [{ id: r, utc_offset_hours: 9 }]
            sites:
              - id: s
                kind: edge
                region: r
                shell: { megawatts: 1, build_start: 2026-01-01 }
                feeds: [{ kind: on-site, megawatts: 2, time_to_power_months: { kind: log-normal, months: 3, sigma: 0.2 } }]
            routing: { policy: latency-aware, overflow: burst }
            """;
        var s = ScenarioReader.Read(yaml, "mapping.yaml", ".").Scenario;
        Assert.Equal(9, s.Regions[0].UtcOffsetHours);
        Assert.Equal(Sites.SiteKind.Edge, s.Sites[0].Kind);
        Assert.Equal(Power.PowerFeedKind.OnSite, s.Sites[0].Feeds[0].Kind);
        Assert.Equal(Time.DistributionKind.LogNormal, s.Sites[0].Feeds[0].TimeToPowerMonths.Kind);
        Assert.Equal(Routing.RoutingPolicyKind.LatencyAware, s.Routing.Policy);
        Assert.Equal(Routing.OverflowKind.Burst, s.Routing.Overflow);
    }

    [Fact]
    public void An_unknown_field_is_reported_with_file_line_and_column()
    {
        const string yaml = "name: x\nhorizon_days: 10\nregoins: []\n";
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(yaml, "typo.yaml", "."));
        Assert.StartsWith("typo.yaml:3:1: regoins: unknown field 'regoins' (known here: extends, name,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_references_are_all_reported_at_once()
    {
        const string yaml = """
            regions: [{ id: r }]
            sites: [{ id: s, region: nowhere, shell: { megawatts: 1 } }]
            orders: [{ site: ghost, sku: h900, gpus: 8 }]
            demand: [{ region: r, class: missing }]
            """;
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(yaml, "refs.yaml", "."));
        Assert.Contains(error.Problems, p => p.StartsWith("refs.yaml:2:26: sites[0].region: unknown region 'nowhere'", StringComparison.Ordinal));
        Assert.Contains("refs.yaml:3:18: orders[0].site: unknown site 'ghost' (defined: s)", error.Problems);
        Assert.Contains(error.Problems, p => p.StartsWith("refs.yaml:3:30: orders[0].sku: unknown GPU SKU 'h900'", StringComparison.Ordinal));
        Assert.Contains("refs.yaml:4:30: demand[0].class: unknown class 'missing' (none defined)", error.Problems);
    }
}

public sealed class GrowthCsvTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("neocloudsim-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_csv_growth_series_becomes_piecewise_points_relative_to_the_start()
    {
        File.WriteAllText(Path.Combine(_folder, "growth.csv"), "date,multiplier\n2026-01-01,1\n2027-01-01,2.5\n");
        const string yaml = """
            start: 2026-01-01
            regions: [{ id: r }]
            sites: [{ id: s, region: r, shell: { megawatts: 1 } }]
            classes: [{ id: c }]
            demand: [{ region: r, class: c, curve: { growth: { kind: csv, csv_path: growth.csv } } }]
            """;
        var growth = ScenarioReader.Read(yaml, "s.yaml", _folder).Scenario.Demand[0].Curve.Growth;
        Assert.Equal(Demand.GrowthKind.Piecewise, growth.Kind);
        Assert.Equal(2.5, growth.MultiplierAt(1.0), 12);
        Assert.Equal(1 + 1.5 * 0.5 / (365 / 365.25), growth.MultiplierAt(0.5), 12); // 2027-01-01 is 365 days = 0.9993 years in
    }

    [Fact]
    public void A_bad_csv_row_is_reported_with_its_file_and_line()
    {
        File.WriteAllText(Path.Combine(_folder, "growth.csv"), "date,multiplier\n2026-01-01,1\nsoon,lots\n");
        const string yaml = """
            regions: [{ id: r }]
            classes: [{ id: c }]
            demand: [{ region: r, class: c, curve: { growth: { kind: csv, csv_path: growth.csv } } }]
            """;
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(yaml, "s.yaml", _folder));
        Assert.Contains("growth.csv:3:1:", error.Message, StringComparison.Ordinal);
    }
}

public sealed class ExtendsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("neocloudsim-extends-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Base = """
        name: base
        horizon_days: 30
        seed: 5
        regions: [{ id: r }]
        routing: { policy: nearest, max_waiting_per_slot: 3 }
        pricing: { default: { input_usd_per_million_tokens: 0.5, output_usd_per_million_tokens: 1.5 } }
        """;

    [Fact]
    public void A_variant_is_the_base_with_its_own_keys_laid_over()
    {
        Write("base.yaml", Base);
        string variant = Write("variant.yaml", """
            extends: base.yaml
            name: cheaper
            routing: { policy: latency-aware }
            pricing: { default: { output_usd_per_million_tokens: 0.9 } }
            """);
        var s = ScenarioReader.ReadFile(variant).Scenario;
        Assert.Equal("cheaper", s.Name);
        Assert.Equal(30, s.HorizonDays);                               // from the base
        Assert.Equal(Routing.RoutingPolicyKind.LatencyAware, s.Routing.Policy);
        Assert.Equal(3, s.Routing.MaxWaitingPerSlot);                   // mappings merge key by key
        Assert.Equal(0.9, s.Pricing.Default.OutputUsdPerMillionTokens);
        Assert.Equal(0.5, s.Pricing.Default.InputUsdPerMillionTokens);
    }

    [Fact]
    public void Errors_point_into_the_file_that_has_them_and_cycles_are_refused()
    {
        Write("base.yaml", Base + "\nhorizon_dayz: 3\n");
        string variant = Write("variant.yaml", "extends: base.yaml\nname: v\n");
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.ReadFile(variant));
        Assert.Contains("base.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown field 'horizon_dayz'", error.Message, StringComparison.Ordinal);

        Write("a.yaml", "extends: b.yaml\n");
        Write("b.yaml", "extends: a.yaml\n");
        var cycle = Assert.Throws<ScenarioException>(() => ScenarioReader.ReadFile(Path.Combine(_folder, "a.yaml")));
        Assert.Contains("extends itself", cycle.Message, StringComparison.Ordinal);
    }
}

public sealed class ScenarioSchemaTests
{
    [Fact]
    public void The_shipped_schema_is_the_one_the_code_generates()
    {
        // If this fails after a change of the scenario records, regenerate scenarios/scenario.schema.json from
        // ScenarioSchema.Generate() (the failure message is the fix: the expected text).
        Assert.Equal(ScenarioSchema.Generate(), File.ReadAllText(RepoFiles.Find("scenarios/scenario.schema.json")));
    }

    [Fact]
    public void Every_key_of_the_default_scenario_is_in_the_schema_and_unknown_keys_are_refused()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(ScenarioSchema.Generate())!.AsObject();
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepoFiles.Find("scenarios/default.yaml"))));
        var missing = new List<string>();
        Walk((YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode, schema, "", missing);
        Assert.Empty(missing);
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    private static void Walk(YamlDotNet.RepresentationModel.YamlNode node, System.Text.Json.Nodes.JsonObject schema, string path, List<string> missing)
    {
        switch (node)
        {
            case YamlDotNet.RepresentationModel.YamlMappingNode mapping when schema["properties"] is System.Text.Json.Nodes.JsonObject properties:
                foreach (var (key, value) in mapping.Children)
                {
                    string name = ((YamlDotNet.RepresentationModel.YamlScalarNode)key).Value!;
                    if (properties[name] is System.Text.Json.Nodes.JsonObject property)
                    {
                        Walk(value, property, $"{path}.{name}", missing);
                    }
                    else
                    {
                        missing.Add($"{path}.{name}");
                    }
                }

                break;
            case YamlDotNet.RepresentationModel.YamlMappingNode mapping when schema["additionalProperties"] is System.Text.Json.Nodes.JsonObject values:
                foreach (var (_, value) in mapping.Children)
                {
                    Walk(value, values, path + ".*", missing);
                }

                break;
            case YamlDotNet.RepresentationModel.YamlSequenceNode sequence when schema["items"] is System.Text.Json.Nodes.JsonObject items:
                foreach (var item in sequence.Children)
                {
                    Walk(item, items, path + "[]", missing);
                }

                break;
        }
    }
}

/// <summary>Text on which YamlDotNet's scanner fails with a state error, not a YAML exception (a fuzzer's find; kept
/// out of Corpus/, whose files seed the fuzzer's tree mutators, which need parsable seeds).</summary>
public sealed class UnreadableYamlTests
{
    [Fact]
    public void A_scanner_state_error_is_refused_like_any_syntax_error_with_its_place()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read("name: x\nregions: [{ id: r\na: b\n", "broken.yaml", "."));
        Assert.StartsWith("broken.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("the YAML cannot be read past here", error.Message, StringComparison.Ordinal);
    }
}
