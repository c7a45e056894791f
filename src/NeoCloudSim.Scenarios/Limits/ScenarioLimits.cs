namespace NeoCloudSim.Scenarios.Limits;

/// <summary>
/// Every limit a scenario is checked against before anything runs, in one place: the ranges of its numbers and dates,
/// and the sizes of the files it reads. docs/scenarios.md ("Limits") lists them with their reasons; a limit exists where
/// a larger or smaller value would make a run meaningless, overflow its arithmetic, hang or exhaust memory.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>Hours per day.</summary>
    private const double DayHours = 24;

    /// <summary>Longest simulated period: a century, in days.</summary>
    public const double MaxHorizonDays = 36_525;

    /// <summary>Shortest simulated period: an hour, in days.</summary>
    public const double MinHorizonDays = 1 / DayHours;

    /// <summary>The simulated period, in days.</summary>
    public static readonly NumberRange HorizonDays = new(MinHorizonDays, MaxHorizonDays, "days");

    /// <summary>A results bucket: at least a minute (and at most the horizon), in hours.</summary>
    public static readonly NumberRange BucketHours = new(1.0 / 60, MaxHorizonDays * DayHours, "h");

    /// <summary>Most results buckets in a run (horizon / bucket).</summary>
    public const double MaxBuckets = 200_000;

    /// <summary>The fluid time step: at least a second, at most a day, in minutes.</summary>
    public static readonly NumberRange StepMinutes = new(1.0 / 60, 1_440, "minutes");

    /// <summary>Most fluid steps in a run (horizon / step).</summary>
    public const double MaxSteps = 10_000_000;

    /// <summary>A request-level window of the hybrid model: more than zero, at most a week, in hours.</summary>
    public static readonly NumberRange WindowHours = NumberRange.PositiveTo(168, "h");

    /// <summary>Request-level windows per week (busiest or random): a week has 168 hours.</summary>
    public static readonly NumberRange WindowsPerWeek = NumberRange.ZeroTo(168);

    /// <summary>Most requests the hybrid windows may hold together.</summary>
    public static readonly NumberRange MaxWindowRequests = NumberRange.ZeroTo(1e10, "requests");

    /// <summary>Warm-up before a hybrid window, in minutes (at most a day).</summary>
    public static readonly NumberRange WarmUpMinutes = NumberRange.ZeroTo(1_440, "minutes");

    /// <summary>Earliest date a scenario may name (its start, build, request, order and price dates), UTC.</summary>
    public static readonly DateTime EarliestDate = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Latest date a scenario may name, its start plus horizon included, UTC.</summary>
    public static readonly DateTime LatestDate = new(2200, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A region's offset from UTC, in hours (real offsets lie within ±14 h).</summary>
    public static readonly NumberRange UtcOffsetHours = new(-14, 14, "h");

    /// <summary>A share: a fraction from 0 to 1.</summary>
    public static readonly NumberRange Share = NumberRange.ZeroTo(1);

    /// <summary>Power usage effectiveness: facility / IT power, from 1 to 10.</summary>
    public static readonly NumberRange Pue = new(1, 10);

    /// <summary>Power of a shell, a feed or a phase, in MW (100 GW at most).</summary>
    public static readonly NumberRange Megawatts = NumberRange.ZeroTo(100_000, "MW");

    /// <summary>Most energization phases of one feed (megawatts / phase_megawatts).</summary>
    public const double MaxPhases = 10_000;

    /// <summary>A duration in months (build, time to power, phases, terms, lookahead): at most a century.</summary>
    public static readonly NumberRange Months = NumberRange.ZeroTo(1_200, "months");

    /// <summary>The log-space standard deviation of a log-normal duration.</summary>
    public static readonly NumberRange Sigma = NumberRange.ZeroTo(5);

    /// <summary>A useful (depreciation) life, in years.</summary>
    public static readonly NumberRange UsefulLifeYears = NumberRange.PositiveTo(100, "years");

    /// <summary>An amount of money: a capex per MW, a price per GPU, an opex per MW-year, in USD (10^12 at most).</summary>
    public static readonly NumberRange Usd = NumberRange.ZeroTo(1e12, "USD");

    /// <summary>A unit price: per MWh, per GPU-hour, per million tokens, in USD (10^6 at most).</summary>
    public static readonly NumberRange UnitPriceUsd = NumberRange.ZeroTo(1e6, "USD");

    /// <summary>A price multiplier (schedule, scarcity): more than zero, at most 1,000.</summary>
    public static readonly NumberRange Multiplier = NumberRange.PositiveTo(1_000);

    /// <summary>GPUs in one order, rule or contract.</summary>
    public static readonly NumberRange Gpus = new(1, 1_000_000, "GPUs");

    /// <summary>Days between checks of a rule: at least an hour, at most a century.</summary>
    public static readonly NumberRange CheckEveryDays = new(1 / DayHours, MaxHorizonDays, "days");

    /// <summary>A rule's utilization window, in days.</summary>
    public static readonly NumberRange WindowDays = NumberRange.PositiveTo(MaxHorizonDays, "days");

    /// <summary>Most orders a utilization rule places.</summary>
    public static readonly NumberRange MaxOrders = NumberRange.ZeroTo(1_000_000);

    /// <summary>GPUs a site-start rule needs per request per second.</summary>
    public static readonly NumberRange GpusPerRequestPerSecond = NumberRange.ZeroTo(1_000_000);

    /// <summary>A network round trip, in ms (a minute at most).</summary>
    public static readonly NumberRange RoundTripMs = NumberRange.ZeroTo(60_000, "ms");

    /// <summary>A time-to-first-token (objective or partner's own), in ms: an hour at most.</summary>
    public static readonly NumberRange TtftMs = NumberRange.ZeroTo(3_600_000, "ms");

    /// <summary>How long a user waits in queue, in seconds (0 = forever): a day at most.</summary>
    public static readonly NumberRange PatienceSeconds = NumberRange.ZeroTo(86_400, "s");

    /// <summary>A batch deadline, in hours: more than zero, a year at most.</summary>
    public static readonly NumberRange DeadlineHours = NumberRange.PositiveTo(8_766, "h");

    /// <summary>A demand curve's base rate, in requests per second.</summary>
    public static readonly NumberRange BaseRatePerSecond = NumberRange.ZeroTo(1e6, "requests per second");

    /// <summary>Most requests per second a curve may reach with its growth (beyond it counts overflow or never end).</summary>
    public const double MaxRatePerSecond = 1e8;

    /// <summary>Most requests one replayed trace may yield over the horizon.</summary>
    public const double MaxTraceRequests = 1e9;

    /// <summary>A value of a daily or weekly shape (rescaled to mean 1 afterwards).</summary>
    public static readonly NumberRange ShapeValue = NumberRange.ZeroTo(1e6);

    /// <summary>Price elasticity of demand.</summary>
    public static readonly NumberRange Elasticity = NumberRange.ZeroTo(10);

    /// <summary>A curve's reference price, in USD per its price unit.</summary>
    public static readonly NumberRange ReferencePriceUsd = NumberRange.PositiveTo(1e6, "USD");

    /// <summary>The log-space standard deviation of a curve's hourly noise.</summary>
    public static readonly NumberRange NoiseSigma = NumberRange.ZeroTo(3);

    /// <summary>Exponential growth: factor per year.</summary>
    public static readonly NumberRange AnnualFactor = NumberRange.PositiveTo(1_000);

    /// <summary>Logistic growth's ceiling, and a piecewise or CSV growth multiplier.</summary>
    public static readonly NumberRange GrowthMultiplier = NumberRange.ZeroTo(1e6);

    /// <summary>Logistic growth's midpoint, in years after the start.</summary>
    public static readonly NumberRange MidpointYears = NumberRange.ZeroTo(100, "years");

    /// <summary>Logistic growth's steepness, per year.</summary>
    public static readonly NumberRange SteepnessPerYear = NumberRange.ZeroTo(100);

    /// <summary>A piecewise growth point's time, in years from the start (before it: negative).</summary>
    public static readonly NumberRange GrowthYears = new(-100, 100, "years");

    /// <summary>Most points of a piecewise or CSV growth series.</summary>
    public const int MaxGrowthPoints = 100_000;

    /// <summary>A token size's median and 99th percentile: more than zero, ten million at most.</summary>
    public static readonly NumberRange TokenSize = NumberRange.PositiveTo(10_000_000, "tokens");

    /// <summary>A token size's min and max.</summary>
    public static readonly NumberRange TokenBound = NumberRange.ZeroTo(10_000_000, "tokens");

    /// <summary>When a trace starts, in hours after the scenario's start.</summary>
    public static readonly NumberRange TraceStartHours = NumberRange.ZeroTo(MaxHorizonDays * DayHours, "h");

    /// <summary>A trace's speed-up.</summary>
    public static readonly NumberRange TimeScale = new(0.001, 1e6);

    /// <summary>Waiting requests per batch slot before a site counts as full.</summary>
    public static readonly NumberRange MaxWaitingPerSlot = NumberRange.ZeroTo(1e6);

    /// <summary>Requests a partner cloud serves at once.</summary>
    public static readonly NumberRange MaxConcurrentRequests = NumberRange.ZeroTo(1e9, "requests");

    /// <summary>A partner's markup, as a share of its list price.</summary>
    public static readonly NumberRange Markup = NumberRange.ZeroTo(100);

    /// <summary>Output tokens per second a partner streams per request.</summary>
    public static readonly NumberRange OutputTokensPerSecond = NumberRange.PositiveTo(1e7, "tokens per second");

    /// <summary>The annual discount rate for NPV.</summary>
    public static readonly NumberRange DiscountRatePerYear = new(-0.5, 1);

    /// <summary>A GPU's all-in power, in kW.</summary>
    public static readonly NumberRange PowerKwPerGpu = NumberRange.PositiveTo(100, "kW");

    /// <summary>A GPU's price, in USD.</summary>
    public static readonly NumberRange PriceUsdPerGpu = NumberRange.PositiveTo(1e9, "USD");

    /// <summary>Mean hours between a GPU's interruptions: at least an hour (failures are simulated one by one).</summary>
    public static readonly NumberRange MtbfHours = new(1, 1e9, "h");

    /// <summary>Mean hours to repair a replica: at least a minute.</summary>
    public static readonly NumberRange RepairHours = new(1.0 / 60, 876_600, "h");

    /// <summary>Days from a GPU order to its delivery.</summary>
    public static readonly NumberRange LeadTimeDays = NumberRange.ZeroTo(MaxHorizonDays, "days");

    /// <summary>A scarcity point's lead-time multiplier.</summary>
    public static readonly NumberRange LeadTimeMultiplier = NumberRange.ZeroTo(1_000);

    /// <summary>GPUs per replica.</summary>
    public static readonly NumberRange GpusPerReplica = new(1, 1_024, "GPUs");

    /// <summary>Requests decoded together by a replica.</summary>
    public static readonly NumberRange BatchLimit = new(1, 100_000, "requests");

    /// <summary>A replica's prefill rate, prompt tokens per second.</summary>
    public static readonly NumberRange PrefillTokensPerSecond = NumberRange.PositiveTo(1e9, "tokens per second");

    /// <summary>A serving time in ms (decode step, prefill overhead), more than zero for a decode step.</summary>
    public static readonly NumberRange ServingMs = NumberRange.ZeroTo(1e6, "ms");

    /// <summary>The serving software's speed-up.</summary>
    public static readonly NumberRange ThroughputMultiplier = NumberRange.PositiveTo(1_000);

    /// <summary>Largest scenario file (and each base it extends), in bytes: 16 MiB.</summary>
    public const long MaxScenarioBytes = 16L << 20;

    /// <summary>Deepest nesting of mappings and lists in a scenario file.</summary>
    public const int MaxYamlDepth = 64;

    /// <summary>Most YAML nodes (scalars, mappings, lists) in a scenario file, so that memory stays bounded.</summary>
    public const int MaxYamlNodes = 500_000;

    /// <summary>Longest id (of a region, site, class, SKU...), in characters.</summary>
    public const int MaxIdLength = 100;

    /// <summary>Most problems one message lists; the rest are counted.</summary>
    public const int MaxProblemsListed = 100;

    /// <summary>Largest growth CSV file, in bytes: 16 MiB.</summary>
    public const long MaxGrowthCsvBytes = 16L << 20;

    /// <summary>Largest trace file, in bytes: 1 GiB (about 25 million requests, 400 MB in memory).</summary>
    public const long MaxTraceBytes = 1L << 30;

    /// <summary>Longest line of a trace or growth CSV file, in characters.</summary>
    public const int MaxLineChars = 4_096;
}
