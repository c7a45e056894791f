using NeoCloudSim.World;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.TypeInspectors;

namespace NeoCloudSim.Scenarios.Reading;

/// <summary>
/// Writes a scenario back as YAML in the reader's own conventions, so that a results folder can keep the scenario
/// exactly as it ran (base files merged, <c>--set</c> values applied) and <see cref="ScenarioReader"/> reads it back to
/// the same scenario.
/// </summary>
public static class ScenarioWriter
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnumNamingConvention(HyphenatedNamingConvention.Instance)
        .WithTypeInspector(inner => new SettablePropertiesOnly(inner))
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .DisableAliases()
        .Build();

    /// <summary>The scenario as YAML, headed by a comment naming where it came from.</summary>
    public static string ToYaml(Scenario scenario, string source)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return $"# The scenario as run, from {source}: base files merged, --set and --seed applied, paths absolute.\n"
            + Serializer.Serialize(scenario with { Extends = null });
    }

    /// <summary>Leaves out derived, read-only properties (a spec's computed figures), which are not scenario fields.</summary>
    private sealed class SettablePropertiesOnly(ITypeInspector inner) : ReflectionTypeInspector
    {
        public override IEnumerable<IPropertyDescriptor> GetProperties(Type type, object? container) =>
            inner.GetProperties(type, container).Where(p => p.CanWrite);

        public override string GetEnumName(Type enumType, string name) => inner.GetEnumName(enumType, name);

        public override string GetEnumValue(object enumValue) => inner.GetEnumValue(enumValue);
    }
}
