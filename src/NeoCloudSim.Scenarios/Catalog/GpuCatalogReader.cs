using NeoCloudSim.Compute;
using NeoCloudSim.Scenarios.Limits;
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

            if (string.IsNullOrWhiteSpace(sku.Id))
            {
                problems.Add($"{at}: id: must not be empty");
            }

            Number(sku.PowerKwPerGpu, "power_kw_per_gpu", ScenarioLimits.PowerKwPerGpu, at, problems);
            Number(sku.PriceUsdPerGpu, "price_usd_per_gpu", ScenarioLimits.PriceUsdPerGpu, at, problems);
            Number(sku.UsefulLifeYears, "useful_life_years", ScenarioLimits.UsefulLifeYears, at, problems);
            Number(sku.MtbfHours, "mtbf_hours", ScenarioLimits.MtbfHours, at, problems);
            Number(sku.RepairHours, "repair_hours", ScenarioLimits.RepairHours, at, problems);
            Number(sku.LeadTimeDays, "lead_time_days", ScenarioLimits.LeadTimeDays, at, problems);
            Number(sku.IdlePowerShare, "idle_power_share", ScenarioLimits.Share, at, problems);
            for (int p = 0; p < sku.Scarcity.Count; p++)
            {
                var point = sku.Scarcity[p];
                if (point.From > ScenarioLimits.LatestDate)
                {
                    problems.Add($"{at}: scarcity[{p}].from: must be a date no later than {ScenarioLimits.LatestDate:yyyy-MM-dd}");
                }

                Number(point.PriceMultiplier, $"scarcity[{p}].price_multiplier", ScenarioLimits.Multiplier, at, problems);
                Number(point.LeadTimeMultiplier, $"scarcity[{p}].lead_time_multiplier", ScenarioLimits.LeadTimeMultiplier, at, problems);
            }

            var serving = sku.Serving;
            if (serving is null)
            {
                problems.Add($"{at}: serving: missing");
                continue;
            }

            Number(serving.PrefillTokensPerSecond, "serving.prefill_tokens_per_second", ScenarioLimits.PrefillTokensPerSecond, at, problems);
            Number(serving.PrefillOverheadMs, "serving.prefill_overhead_ms", ScenarioLimits.ServingMs, at, problems);
            Number(serving.PrefillMsPerThousandTokensSquared, "serving.prefill_ms_per_thousand_tokens_squared", ScenarioLimits.ServingMs, at, problems);
            Number(serving.DecodeStepMs, "serving.decode_step_ms", NumberRange.PositiveTo(ScenarioLimits.ServingMs.Max, "ms"), at, problems);
            Number(serving.DecodeStepMsPerRequest, "serving.decode_step_ms_per_request", ScenarioLimits.ServingMs, at, problems);
            Number(serving.ThroughputMultiplier, "serving.throughput_multiplier", ScenarioLimits.ThroughputMultiplier, at, problems);
            Number(serving.SoftwareUsdPerGpuHour, "serving.software_usd_per_gpu_hour", ScenarioLimits.UnitPriceUsd, at, problems);
            Number(serving.GpusPerReplica, "serving.gpus_per_replica", ScenarioLimits.GpusPerReplica, at, problems);
            Number(serving.BatchLimit, "serving.batch_limit", ScenarioLimits.BatchLimit, at, problems);
        }
    }

    private static void Number(double value, string field, NumberRange range, string at, List<string> problems)
    {
        if (range.Problem(value) is { } problem)
        {
            problems.Add($"{at}: {field}: {problem}");
        }
    }
}
