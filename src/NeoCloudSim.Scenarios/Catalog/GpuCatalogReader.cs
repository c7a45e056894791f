using System.Globalization;
using NeoCloudSim.Compute;
using NeoCloudSim.Scenarios.Reading;
using YamlDotNet.Core;

namespace NeoCloudSim.Scenarios.Catalog;

/// <summary>Reads GPU catalogs: the built-in one, or a list of SKUs in the same YAML shape.</summary>
public static class GpuCatalogReader
{
    /// <summary>The built-in catalog (gpu-catalog.yaml, shipped inside this assembly).</summary>
    public static IReadOnlyList<GpuSku> LoadDefault()
    {
        using var stream = typeof(GpuCatalogReader).Assembly.GetManifestResourceStream("gpu-catalog.yaml")
            ?? throw new InvalidOperationException("The built-in GPU catalog is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Load(reader, "gpu-catalog.yaml");
    }

    /// <summary>Reads a catalog from <paramref name="yaml"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ScenarioException">The catalog is malformed or has out-of-range figures.</exception>
    public static IReadOnlyList<GpuSku> Load(TextReader yaml, string source)
    {
        List<GpuSku>? skus;
        try
        {
            skus = ScenarioYaml.Deserializer.Deserialize<List<GpuSku>>(yaml);
        }
        catch (YamlException error)
        {
            throw YamlErrors.From(error, source);
        }

        skus ??= [];
        var problems = new List<string>();
        Check(skus, source, "", problems);
        if (problems.Count > 0)
        {
            throw new ScenarioException(problems);
        }

        return skus;
    }

    /// <summary>Checks SKUs' figures and ids, adding one message per problem.</summary>
    internal static void Check(IReadOnlyList<GpuSku> skus, string source, string path, List<string> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < skus.Count; i++)
        {
            var sku = skus[i];
            string at = $"{source}: {path}[{i}] ({sku.Id})";
            if (!ids.Add(sku.Id))
            {
                problems.Add($"{at}: id: duplicate SKU id '{sku.Id}'");
            }

            Positive(sku.PowerKwPerGpu, "power_kw_per_gpu", at, problems);
            Positive(sku.PriceUsdPerGpu, "price_usd_per_gpu", at, problems);
            Positive(sku.UsefulLifeYears, "useful_life_years", at, problems);
            Positive(sku.MtbfHours, "mtbf_hours", at, problems);
            Positive(sku.RepairHours, "repair_hours", at, problems);
            if (!(sku.LeadTimeDays >= 0))
            {
                problems.Add($"{at}: lead_time_days: must be zero or more, not {Format(sku.LeadTimeDays)}");
            }

            if (!(sku.IdlePowerShare >= 0 && sku.IdlePowerShare <= 1))
            {
                problems.Add($"{at}: idle_power_share: must lie in [0, 1], not {Format(sku.IdlePowerShare)}");
            }

            var serving = sku.Serving;
            if (serving is null)
            {
                problems.Add($"{at}: serving: missing");
                continue;
            }

            Positive(serving.PrefillTokensPerSecond, "serving.prefill_tokens_per_second", at, problems);
            Positive(serving.DecodeStepMs, "serving.decode_step_ms", at, problems);
            Positive(serving.ThroughputMultiplier, "serving.throughput_multiplier", at, problems);
            if (serving.GpusPerReplica < 1)
            {
                problems.Add($"{at}: serving.gpus_per_replica: must be at least 1");
            }

            if (serving.BatchLimit < 1)
            {
                problems.Add($"{at}: serving.batch_limit: must be at least 1");
            }
        }
    }

    private static void Positive(double value, string field, string at, List<string> problems)
    {
        if (!(value > 0))
        {
            problems.Add($"{at}: {field}: must be positive, not {Format(value)}");
        }
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
