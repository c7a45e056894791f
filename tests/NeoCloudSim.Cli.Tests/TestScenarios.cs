namespace NeoCloudSim.Cli.Tests;

/// <summary>Scenario texts shared by the command tests.</summary>
internal static class TestScenarios
{
    /// <summary>One edge site with one H100 replica and light chat demand: a run of a day takes a fraction of a second.</summary>
    public static string Small(double horizonDays = 2) => $"""
        name: small
        horizon_days: {horizonDays.ToString(System.Globalization.CultureInfo.InvariantCulture)}
        regions: [{"{"} id: r {"}"}]
        sites:
          - id: edge
            region: r
            shell: {"{"} megawatts: 0.02, build_start: 2025-01-01 {"}"}
            feeds: [{"{"} kind: on-site, megawatts: 0.03, requested_on: 2025-01-01 {"}"}]
        latency_ms: {"{"} r: {"{"} edge: 5 {"}"} {"}"}
        orders: [{"{"} site: edge, sku: h100, gpus: 8, ordered_on: 2025-01-01 {"}"}]
        classes: [{"{"} id: chat {"}"}]
        demand: [{"{"} region: r, class: chat, curve: {"{"} base_rate_per_second: 0.2 {"}"} {"}"}]
        """;
}
