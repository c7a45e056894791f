using NeoCloudSim.Metrics;
using NeoCloudSim.Money;
using NeoCloudSim.World;

namespace NeoCloudSim.Outputs.Parquet;

/// <summary>
/// The tables of a results folder, column by column. These definitions are the schema: docs/results.md documents
/// them and a test keeps the two in step.
/// </summary>
public static class ResultTables
{
    /// <summary>One row per run: the key figures.</summary>
    public static ResultTable<RunSummary> Summary { get; } = new ResultTable<RunSummary>("summary.parquet", "one run")
        .Text("scenario", "Scenario name.", r => r.Scenario)
        .Value("seed", "-", "Root seed of the random streams.", r => (long)r.Seed)
        .Text("fidelity", "Traffic fidelity that produced the figures: requests, fluid or hybrid.", r => r.Fidelity)
        .Value("horizon_days", "days", "Simulated period.", r => r.HorizonDays)
        .Value("requests_arrived", "requests", "Requests that arrived from all regions.", r => r.Arrived)
        .Value("requests_served", "requests", "Requests served by our sites.", r => r.Served)
        .Value("requests_simulated", "requests", "Of the requests served, those simulated one by one (all at requests fidelity; the windows' in hybrid; none in fluid).", r => r.RequestsSimulated)
        .Value("requests_abandoned", "requests", "Requests that left a queue after their patience ran out.", r => r.Abandoned)
        .Value("requests_rejected", "requests", "Requests no site or partner could take.", r => r.Rejected)
        .Value("requests_burst", "requests", "Requests sent to partner clouds.", r => r.Burst)
        .Value("requests_in_flight_at_end", "requests", "Requests still waiting or being served at the horizon.", r => r.InFlightAtEnd)
        .Value("tokens_out", "tokens", "Output tokens served by our sites.", r => r.TokensOut)
        .Value("utilization", "share", "Busy GPU-seconds / installed-and-up GPU-seconds over the run.", r => r.Utilization)
        .Value("stranded_gpu_days", "GPU-days", "Delivered-but-unpowered GPUs integrated over time.", r => r.StrandedGpuDays)
        .Value("ttft_p50_ms", "ms", "Median time to first token of served interactive requests.", r => r.TtftP50Ms)
        .Value("ttft_p99_ms", "ms", "99th percentile time to first token of served interactive requests.", r => r.TtftP99Ms)
        .Value("slo_attainment", "share", "Served requests within their class's SLO / served requests.", r => r.SloAttainment)
        .Value("revenue_usd", "USD", "Revenue net of SLA credits.", r => r.RevenueUsd)
        .Value("cost_usd", "USD", "Depreciation, energy, fixed opex and burst cost.", r => r.CostUsd)
        .Value("margin_usd", "USD", "Revenue − cost.", r => r.MarginUsd)
        .Value("npv_usd", "USD", "Cash flows discounted to the start at the scenario's rate.", r => r.NpvUsd)
        .Value("cost_per_million_tokens_usd", "USD per million tokens", "Cost / output tokens served × 10^6.", r => r.CostPerMillionTokensUsd)
        .Value("events", "events", "Calendar events fired.", r => r.Events);

    /// <summary>One row per bucket and site.</summary>
    public static ResultTable<SiteBucketRow> Sites { get; } = new ResultTable<SiteBucketRow>("sites.parquet", "one site over one bucket")
        .Value("bucket_start", "UTC", "Start of the bucket.", r => r.BucketStart)
        .Value("bucket_hours", "h", "Length of the bucket.", r => r.BucketHours)
        .Text("site", "Site id.", r => r.Site)
        .Value("gpus_delivered", "GPUs", "Time-weighted mean of GPUs delivered.", r => r.GpusDelivered)
        .Value("gpus_installed", "GPUs", "Time-weighted mean of GPUs installed.", r => r.GpusInstalled)
        .Value("gpus_up", "GPUs", "Time-weighted mean of GPUs installed and up (replica not failed).", r => r.GpusUp)
        .Value("gpus_busy", "GPUs", "Time-weighted mean of GPUs in replicas serving at least one request.", r => r.GpusBusy)
        .Value("gpus_stranded", "GPUs", "Time-weighted mean of GPUs delivered but not installed for lack of power.", r => r.GpusStranded)
        .Value("utilization", "share", "Busy GPU-seconds / up GPU-seconds (0 when nothing is up).", r => r.Utilization)
        .Value("gpu_hours_up", "GPU-h", "Up GPU-hours.", r => r.GpuHoursUp)
        .Value("gpu_hours_busy", "GPU-h", "Busy GPU-hours.", r => r.GpuHoursBusy)
        .Value("stranded_gpu_days", "GPU-days", "Stranded GPUs integrated over the bucket.", r => r.StrandedGpuDays)
        .Value("built_mw", "MW", "Time-weighted mean IT capacity of the built shell.", r => r.BuiltMw)
        .Value("energized_mw", "MW", "Time-weighted mean facility power energized by all feeds.", r => r.EnergizedMw)
        .Value("usable_it_mw", "MW", "Time-weighted mean of min(built, energized / PUE).", r => r.UsableItMw)
        .Value("drawn_mw", "MW", "Mean facility power drawn: GPUs' IT draw (idle share when idle, full when busy) × PUE.", r => r.DrawnMw)
        .Value("energy_mwh", "MWh", "Facility energy drawn.", r => r.EnergyMwh)
        .Value("energy_cost_usd", "USD", "That energy at the site's feed prices, cheapest feed first.", r => r.EnergyCostUsd)
        .Value("reserved_gpu_hours", "GPU-h", "GPU-hours reserved by contracts and provided (dedicated replicas up).", r => r.ReservedGpuHours)
        .Value("reserved_shortfall_gpu_hours", "GPU-h", "GPU-hours contracts reserved that the site could not provide.", r => r.ReservedShortfallGpuHours)
        .Value("queue_mean", "requests", "Time-weighted mean of requests waiting.", r => r.QueueMean)
        .Value("in_system_mean", "requests", "Time-weighted mean of requests at the site (waiting or in a replica).", r => r.InSystemMean);

    /// <summary>One row per bucket, site and class.</summary>
    public static ResultTable<ClassBucketRow> Classes { get; } = new ResultTable<ClassBucketRow>("classes.parquet", "one class at one site over one bucket")
        .Value("bucket_start", "UTC", "Start of the bucket.", r => r.BucketStart)
        .Text("site", "Site id.", r => r.Site)
        .Text("class", "Workload class id.", r => r.Class)
        .Value("arrived", "requests", "Requests routed to the site.", r => r.Arrived)
        .Value("served", "requests", "Requests that got all their output tokens.", r => r.Served)
        .Value("abandoned", "requests", "Requests that left the queue after their patience.", r => r.Abandoned)
        .Value("restarted", "restarts", "Service restarts caused by replica failures.", r => r.Restarted)
        .Value("tokens_in", "tokens", "Prompt tokens of served requests.", r => r.TokensIn)
        .Value("tokens_out", "tokens", "Output tokens of served requests.", r => r.TokensOut)
        .Value("slo_met", "requests", "Served requests within their SLO (TTFT for interactive, deadline for batch).", r => r.SloMet)
        .Value("ttft_p50_ms", "ms", "Median TTFT = round trip + queueing delay + prefill (1% relative accuracy).", r => r.TtftP50Ms)
        .Value("ttft_p95_ms", "ms", "95th percentile TTFT.", r => r.TtftP95Ms)
        .Value("ttft_p99_ms", "ms", "99th percentile TTFT.", r => r.TtftP99Ms)
        .Value("queueing_delay_mean_ms", "ms", "Mean of service start − arrival at the site.", r => r.QueueingDelayMeanMs)
        .Value("queueing_delay_p99_ms", "ms", "99th percentile queueing delay.", r => r.QueueingDelayP99Ms)
        .Value("e2e_p50_ms", "ms", "Median end-to-end latency = TTFT + decode time.", r => r.E2eP50Ms)
        .Value("e2e_p99_ms", "ms", "99th percentile end-to-end latency.", r => r.E2eP99Ms);

    /// <summary>One row per bucket and class, fleet-wide.</summary>
    public static ResultTable<LatencyBucketRow> Latency { get; } = new ResultTable<LatencyBucketRow>("latency.parquet", "one class over one bucket, all sites")
        .Value("bucket_start", "UTC", "Start of the bucket.", r => r.BucketStart)
        .Text("class", "Workload class id.", r => r.Class)
        .Text("source", "Where the latency figures come from: requests (simulated one by one), fluid (queueing approximation), both (a hybrid bucket with a request-level window), empty when nothing was served.", r => r.Source)
        .Value("served", "requests", "Requests served by all sites.", r => r.Served)
        .Value("slo_met", "requests", "Served requests within their SLO.", r => r.SloMet)
        .Value("ttft_p50_ms", "ms", "Median TTFT, the sites' sketches merged (1% relative accuracy).", r => r.TtftP50Ms)
        .Value("ttft_p95_ms", "ms", "95th percentile TTFT.", r => r.TtftP95Ms)
        .Value("ttft_p99_ms", "ms", "99th percentile TTFT.", r => r.TtftP99Ms)
        .Value("queueing_delay_mean_ms", "ms", "Mean queueing delay.", r => r.QueueingDelayMeanMs)
        .Value("e2e_p99_ms", "ms", "99th percentile end-to-end latency.", r => r.E2eP99Ms);

    /// <summary>Quantile points of each class's TTFT over the whole run.</summary>
    public static ResultTable<TtftQuantileRow> TtftDistribution { get; } = new ResultTable<TtftQuantileRow>("ttft_distribution.parquet", "one quantile of one class's TTFT over the whole run, all sites")
        .Text("class", "Workload class id.", r => r.Class)
        .Value("quantile", "share", "Share of the class's served requests: 0.005, 0.01, …, 0.995, 0.999, 0.9999.", r => r.Quantile)
        .Value("ttft_ms", "ms", "TTFT at that quantile (1% relative accuracy).", r => r.TtftMs);

    /// <summary>One row per bucket, region and class.</summary>
    public static ResultTable<RoutingBucketRow> Routing { get; } = new ResultTable<RoutingBucketRow>("routing.parquet", "one class from one region over one bucket")
        .Value("bucket_start", "UTC", "Start of the bucket.", r => r.BucketStart)
        .Text("region", "Region id.", r => r.Region)
        .Text("class", "Workload class id.", r => r.Class)
        .Value("arrived", "requests", "Requests that arrived.", r => r.Arrived)
        .Value("routed", "requests", "Requests placed on our sites.", r => r.Routed)
        .Value("burst", "requests", "Requests sent to partner clouds.", r => r.Burst)
        .Value("rejected", "requests", "Requests turned away.", r => r.Rejected)
        .Value("burst_cost_usd", "USD", "What partners charged, markup included.", r => r.BurstCostUsd);

    /// <summary>One row per bucket, site and GPU SKU.</summary>
    public static ResultTable<SkuBucketRow> Skus { get; } = new ResultTable<SkuBucketRow>("skus.parquet", "one GPU SKU at one site over one bucket")
        .Value("bucket_start", "UTC", "Start of the bucket.", r => r.BucketStart)
        .Text("site", "Site id.", r => r.Site)
        .Text("sku", "GPU SKU id.", r => r.Sku)
        .Value("gpu_hours_up", "GPU-h", "Up GPU-hours of the SKU at the site.", r => r.GpuHoursUp)
        .Value("gpu_hours_busy", "GPU-h", "Busy GPU-hours of the SKU at the site.", r => r.GpuHoursBusy)
        .Value("utilization", "share", "Busy / up GPU-hours (0 when nothing is up).", r => r.Utilization)
        .Value("served", "requests", "Requests whose (last) service ran on this SKU.", r => r.Served)
        .Value("ttft_p50_ms", "ms", "Median TTFT of those requests.", r => r.TtftP50Ms)
        .Value("ttft_p99_ms", "ms", "99th percentile TTFT of those requests.", r => r.TtftP99Ms);

    /// <summary>One row per bucket: the money of the whole neocloud.</summary>
    public static ResultTable<MoneyBucketRow> Money { get; } = new ResultTable<MoneyBucketRow>("money.parquet", "the whole neocloud over one bucket")
        .Value("bucket_start", "UTC", "Start of the bucket.", r => r.BucketStart)
        .Value("revenue_per_token_usd", "USD", "Revenue of per-token classes (burst requests included).", r => r.RevenuePerTokenUsd)
        .Value("revenue_gpu_hour_usd", "USD", "Revenue of GPU-hour classes: busy GPU-hours shared by tokens × price.", r => r.RevenueGpuHourUsd)
        .Value("revenue_reserved_usd", "USD", "Reserved-capacity contracts: GPU-hours provided × contract price (take-or-pay).", r => r.RevenueReservedUsd)
        .Value("revenue_spot_usd", "USD", "Idle GPU-hours resold at the spot price for the configured share.", r => r.RevenueSpotUsd)
        .Value("sla_credits_usd", "USD", "Credits refunded for requests that missed their SLO.", r => r.SlaCreditsUsd)
        .Value("revenue_usd", "USD", "Revenue net of SLA credits.", r => r.RevenueUsd)
        .Value("gpu_depreciation_usd", "USD", "Straight-line depreciation of delivered GPUs.", r => r.GpuDepreciationUsd)
        .Value("facility_depreciation_usd", "USD", "Straight-line depreciation of built shells.", r => r.FacilityDepreciationUsd)
        .Value("energy_usd", "USD", "Energy drawn at feed prices.", r => r.EnergyUsd)
        .Value("fixed_opex_usd", "USD", "Fixed operating cost of built MW.", r => r.FixedOpexUsd)
        .Value("software_usd", "USD", "Serving-software licenses: up GPU-hours × the SKU's software_usd_per_gpu_hour.", r => r.SoftwareUsd)
        .Value("burst_usd", "USD", "Partner charges for burst requests.", r => r.BurstUsd)
        .Value("cost_usd", "USD", "All costs above.", r => r.CostUsd)
        .Value("margin_usd", "USD", "Revenue − cost.", r => r.MarginUsd)
        .Value("capex_usd", "USD", "Capital spent: GPUs at delivery, shells at completion.", r => r.CapexUsd)
        .Value("cash_flow_usd", "USD", "Revenue − energy − opex − software − burst − capex.", r => r.CashFlowUsd)
        .Value("discounted_cash_flow_usd", "USD", "Cash flow discounted to the start.", r => r.DiscountedCashFlowUsd);

    /// <summary>One row per state change of the slow world.</summary>
    public static ResultTable<(BuildOutEvent Event, DateTime Utc)> BuildOut { get; } = new ResultTable<(BuildOutEvent Event, DateTime Utc)>("buildout.parquet", "one state change of the slow world")
        .Value("time", "UTC", "When it happened.", r => r.Utc)
        .Value("time_s", "s", "When it happened, in seconds since the start (negative for shells built and feeds requested or energized before it).", r => r.Event.TimeSeconds)
        .Text("kind", "shell_built, feed_requested, feed_energized, gpus_ordered, gpus_delivered, gpus_installed, gpus_stranded, replica_failed, replica_repaired.", r => KindName(r.Event.Kind))
        .Text("site", "Site id.", r => r.Event.Site)
        .Text("sku", "GPU SKU id for GPU events, empty otherwise.", r => r.Event.Sku)
        .Value("gpus", "GPUs", "GPUs concerned (GPU events).", r => r.Event.Gpus)
        .Value("mw", "MW", "Shell IT MW, feed MW requested, or the feed's cumulative energized MW.", r => r.Event.Megawatts)
        .Value("feed", "-", "Index of the feed in its site (feed events), -1 otherwise.", r => r.Event.Feed);

    /// <summary>One row per sampled served request.</summary>
    public static ResultTable<RequestRecord> Requests { get; } = new ResultTable<RequestRecord>("requests.parquet", "one served request (a sample)")
        .Value("id", "-", "Request sequence number.", r => r.Id)
        .Value("arrived_at", "UTC", "Arrival time.", r => r.ArrivedAt)
        .Text("region", "User's region.", r => r.Region)
        .Text("class", "Workload class.", r => r.Class)
        .Text("site", "Serving site.", r => r.Site)
        .Value("prompt_tokens", "tokens", "Prompt tokens.", r => r.PromptTokens)
        .Value("output_tokens", "tokens", "Output tokens.", r => r.OutputTokens)
        .Value("rtt_ms", "ms", "Network round trip region ↔ site.", r => r.RttMs)
        .Value("queueing_delay_ms", "ms", "Service start − arrival at the site.", r => r.QueueingDelayMs)
        .Value("ttft_ms", "ms", "Round trip + queueing delay + prefill.", r => r.TtftMs)
        .Value("e2e_ms", "ms", "TTFT + decode time.", r => r.E2eMs)
        .Value("restarts", "restarts", "Times a replica failure sent it back to the queue.", r => r.Restarts)
        .Value("slo_met", "-", "Whether it met its class's SLO.", r => r.SloMet);

    /// <summary>Every table, in the order written.</summary>
    public static IReadOnlyList<IResultTable> All { get; } = [Summary, Sites, Skus, Classes, Latency, TtftDistribution, Routing, Money, BuildOut, Requests];

    /// <summary>snake_case name of a build-out event kind.</summary>
    public static string KindName(BuildOutEventKind kind) => kind switch
    {
        BuildOutEventKind.ShellBuilt => "shell_built",
        BuildOutEventKind.FeedRequested => "feed_requested",
        BuildOutEventKind.FeedEnergized => "feed_energized",
        BuildOutEventKind.GpusOrdered => "gpus_ordered",
        BuildOutEventKind.GpusDelivered => "gpus_delivered",
        BuildOutEventKind.GpusInstalled => "gpus_installed",
        BuildOutEventKind.GpusStranded => "gpus_stranded",
        BuildOutEventKind.ReplicaFailed => "replica_failed",
        BuildOutEventKind.ReplicaRepaired => "replica_repaired",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown build-out event kind."),
    };
}
