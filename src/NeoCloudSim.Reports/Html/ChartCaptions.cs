namespace NeoCloudSim.Reports.Html;

/// <summary>What each chart shows, in the report's words, by chart name.</summary>
internal static class ChartCaptions
{
    public static string Of(string chart) => chart switch
    {
        "capacity" => "GPUs ordered, delivered, installed (powered), stranded (delivered but dark) and busy, summed over the sites, against demand in requests per second (right axis).",
        "power" => "Per site: MW requested from the feeds, the shell's IT MW built and the feeds' MW energized. The gap between requested and energized is time to power.",
        "time-to-power" => "Each site's feeds from request to energization (orange: waiting; green: energized), with the shell's completion and GPU deliveries. GPUs delivered on an orange stretch are stranded.",
        "utilization" => "Busy GPU-seconds over up GPU-seconds, per site and bucket.",
        "latency" => "Time to first token of the latency-sensitive classes over time, all sites together: p50, p95 and p99 per bucket, with each class's SLO.",
        "ttft-cdf" => "The TTFT distribution of each latency-sensitive class over the whole run, with its SLO: where a curve crosses its SLO line is the share of requests served within it.",
        "money" => "Cost by kind (stacked), revenue and margin per period.",
        "comparison" => "Each key figure's mean with its 95% confidence interval, A and B, relative to A's mean.",
        _ => "",
    };
}
