using NeoCloudSim.World;

namespace NeoCloudSim.Cli.Commands;

/// <summary>A figure of a run summary that strategists compare, and which way is better.</summary>
internal sealed record KeyFigure(string Name, string Unit, Func<RunSummary, double> Value, bool HigherIsBetter)
{
    /// <summary>The figures shown for replications and comparisons.</summary>
    public static IReadOnlyList<KeyFigure> All { get; } =
    [
        new("utilization", "share", s => s.Utilization, true),
        new("stranded_gpu_days", "GPU-days", s => s.StrandedGpuDays, false),
        new("ttft_p99_ms", "ms", s => s.TtftP99Ms, false),
        new("slo_attainment", "share", s => s.SloAttainment, true),
        new("revenue_usd", "USD", s => s.RevenueUsd, true),
        new("cost_usd", "USD", s => s.CostUsd, false),
        new("margin_usd", "USD", s => s.MarginUsd, true),
        new("npv_usd", "USD", s => s.NpvUsd, true),
        new("cost_per_million_tokens_usd", "USD per million tokens", s => s.CostPerMillionTokensUsd, false),
        new("requests_rejected", "requests", s => s.Rejected, false),
    ];
}
