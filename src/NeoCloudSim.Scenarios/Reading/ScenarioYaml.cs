using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// The one place that says how YAML maps onto the model's specs: snake_case keys (<c>power_kw_per_gpu</c>),
/// hyphenated enum values (<c>latency-aware</c>, <c>on-site</c>), unknown keys refused.
/// </summary>
internal static class ScenarioYaml
{
    public static IDeserializer Deserializer { get; } = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnumNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();
}
