using NeoCloudSim.Engine.Statistics;
using NeoCloudSim.Metrics;
using NeoCloudSim.Money;
using NeoCloudSim.Pricing;
using NeoCloudSim.Sites;
using NeoCloudSim.Time;

namespace NeoCloudSim.World;

/// <summary>
/// Turns a closed bucket into result rows: per site (GPUs, utilization, power, energy), per site and class (requests,
/// tokens, latency), per region and class (routing) and the money of the whole neocloud; and the run's summary.
/// </summary>
/// <remarks>
/// Money per bucket: GPUs depreciate straight-line from delivery over their useful life, shells from completion over
/// theirs; energy is the drawn IT power × PUE priced at the site's cheapest energized feeds first; fixed opex is per
/// MW built; GPU-hour classes pay for the site's busy GPU-hours in proportion to the tokens they were served there;
/// idle GPU-hours are resold at the spot price for the configured share. Capex is spent at delivery (GPUs) and at
/// completion (shells). One piece because every row of a bucket and its money are read from the same levels in one
/// pass, in the order the summary's sums (and so the results' bytes) depend on.
/// </remarks>
internal sealed class BucketBook
{
    private readonly Scenario _scenario;
    private readonly ScenarioClock _clock;
    private readonly ClassPricingSpec[] _classPrices;
    private readonly PriceSchedule _prices;
    private readonly List<SiteBucketRow> _siteRows = [];
    private readonly List<ClassBucketRow> _classRows = [];
    private readonly List<RoutingBucketRow> _routingRows = [];
    private readonly List<MoneyBucketRow> _moneyRows = [];
    private readonly List<SkuBucketRow> _skuRows = [];
    private readonly List<LatencyBucketRow> _latencyRows = [];
    private double _gpuSecondsUp;
    private double _gpuSecondsBusy;
    private double _strandedGpuSeconds;

    public BucketBook(Scenario scenario, ScenarioClock clock, ClassPricingSpec[] classPrices, PriceSchedule prices)
    {
        _scenario = scenario;
        _clock = clock;
        _classPrices = classPrices;
        _prices = prices;
    }

    public IReadOnlyList<SiteBucketRow> SiteRows => _siteRows;

    public IReadOnlyList<ClassBucketRow> ClassRows => _classRows;

    public IReadOnlyList<RoutingBucketRow> RoutingRows => _routingRows;

    public IReadOnlyList<MoneyBucketRow> MoneyRows => _moneyRows;

    public IReadOnlyList<SkuBucketRow> SkuRows => _skuRows;

    public IReadOnlyList<LatencyBucketRow> LatencyRows => _latencyRows;

    public void Close(double start, double end, IReadOnlyList<Site> sites, RoutingTally[,] routing, MoneyAccumulator money)
    {
        double seconds = end - start;
        if (seconds <= 0)
        {
            return;
        }

        double hours = seconds / Durations.SecondsPerHour;
        var bucketStart = _clock.ToUtc(start);
        double priceMultiplier = _prices.MultiplierAt(start);
        double gpuHourRevenue = 0, spotRevenue = 0, reservedRevenue = 0, gpuDepreciation = 0, facilityDepreciation = 0;
        double energy = 0, opex = 0, capex = 0, software = 0;

        var fleetTallies = new ServiceTally[_scenario.Classes.Count];
        for (int c = 0; c < fleetTallies.Length; c++)
        {
            fleetTallies[c] = new ServiceTally();
        }

        foreach (var site in sites)
        {
            var m = site.Monitors;
            double upSeconds = m.Up.Integral(end);
            double busySeconds = m.Busy.Integral(end);
            double strandedSeconds = m.Stranded.Integral(end);
            double drawnFacilityMw = m.DrawnItMegawatts.Mean(end) * site.Power.Pue;
            double energyCost = site.Power.EnergyCostUsd(drawnFacilityMw, hours);
            _gpuSecondsUp += upSeconds;
            _gpuSecondsBusy += busySeconds;
            _strandedGpuSeconds += strandedSeconds;
            energy += energyCost;

            var shell = site.Spec.Shell;
            double builtMwSeconds = m.BuiltMegawatts.Integral(end);
            facilityDepreciation += builtMwSeconds * shell.CapexUsdPerMw / Durations.FromYears(shell.UsefulLifeYears);
            opex += builtMwSeconds * site.Spec.FixedOpexUsdPerMwYear / Durations.SecondsPerYear;
            capex += (site.Power.BuiltMegawatts - site.BuiltAtBucketStart) * shell.CapexUsdPerMw;
            foreach (var cluster in site.Clusters)
            {
                double life = Durations.FromYears(cluster.Sku.UsefulLifeYears);
                gpuDepreciation += cluster.DeliveredValue.Integral(end) / life;
                capex += cluster.DeliveredValue.Level - cluster.DeliveredValueAtBucketStart;
                double clusterUpHours = cluster.UpLevel.Integral(end) / Durations.SecondsPerHour;
                double clusterBusyHours = cluster.BusyLevel.Integral(end) / Durations.SecondsPerHour;
                software += clusterUpHours * cluster.Sku.Serving.SoftwareUsdPerGpuHour;
                _skuRows.Add(new SkuBucketRow
                {
                    BucketStart = bucketStart,
                    Site = site.Id,
                    Sku = cluster.Sku.Id,
                    GpuHoursUp = clusterUpHours,
                    GpuHoursBusy = clusterBusyHours,
                    Utilization = clusterUpHours > 0 ? clusterBusyHours / clusterUpHours : 0,
                    Served = cluster.BucketTally.Served,
                    TtftP50Ms = Ms(cluster.BucketTally.TtftSeconds.P50),
                    TtftP99Ms = Ms(cluster.BucketTally.TtftSeconds.P99),
                });
            }

            double reservedHours = m.ReservedProvided.Integral(end) / Durations.SecondsPerHour;
            double shortfallHours = m.ReservedWanted.Integral(end) / Durations.SecondsPerHour - reservedHours;
            reservedRevenue += m.ReservedRevenueRate.Integral(end);
            double busyHours = busySeconds / Durations.SecondsPerHour;
            gpuHourRevenue += GpuHourRevenue(site, busyHours - reservedHours) * priceMultiplier; // rented GPU-hours are the contracts'
            spotRevenue += (upSeconds - busySeconds) / Durations.SecondsPerHour
                * _scenario.Pricing.SpotUsdPerGpuHour * _scenario.Pricing.SpotFillShare;

            _siteRows.Add(new SiteBucketRow
            {
                BucketStart = bucketStart,
                BucketHours = hours,
                Site = site.Id,
                GpusDelivered = m.Delivered.Mean(end),
                GpusInstalled = m.Installed.Mean(end),
                GpusUp = upSeconds / seconds,
                GpusBusy = busySeconds / seconds,
                GpusStranded = strandedSeconds / seconds,
                Utilization = upSeconds > 0 ? busySeconds / upSeconds : 0,
                GpuHoursUp = upSeconds / Durations.SecondsPerHour,
                GpuHoursBusy = busyHours,
                StrandedGpuDays = strandedSeconds / Durations.SecondsPerDay,
                BuiltMw = m.BuiltMegawatts.Mean(end),
                EnergizedMw = m.EnergizedMegawatts.Mean(end),
                UsableItMw = m.UsableItMegawatts.Mean(end),
                DrawnMw = drawnFacilityMw,
                EnergyMwh = drawnFacilityMw * hours,
                EnergyCostUsd = energyCost,
                ReservedGpuHours = reservedHours,
                ReservedShortfallGpuHours = shortfallHours,
                QueueMean = m.Queue.Mean(end),
                InSystemMean = m.InSystem.Mean(end),
            });

            var tallies = site.CloseBucket(end);
            for (int c = 0; c < tallies.Length; c++)
            {
                AddClassRow(bucketStart, site.Id, _scenario.Classes[c].Id, tallies[c]);
                fleetTallies[c].Merge(tallies[c]);
            }
        }

        for (int c = 0; c < fleetTallies.Length; c++)
        {
            AddLatencyRow(bucketStart, _scenario.Classes[c].Id, fleetTallies[c]);
        }

        for (int r = 0; r < routing.GetLength(0); r++)
        {
            for (int c = 0; c < routing.GetLength(1); c++)
            {
                var t = routing[r, c];
                _routingRows.Add(new RoutingBucketRow
                {
                    BucketStart = bucketStart,
                    Region = _scenario.Regions[r].Id,
                    Class = _scenario.Classes[c].Id,
                    Arrived = t.Arrived,
                    Routed = t.Routed,
                    Burst = t.Burst,
                    Rejected = t.Rejected,
                    BurstCostUsd = t.BurstCostUsd,
                });
            }
        }

        double revenue = money.PerTokenUsd + gpuHourRevenue + reservedRevenue + spotRevenue - money.SlaCreditsUsd;
        double cost = gpuDepreciation + facilityDepreciation + energy + opex + software + money.BurstUsd;
        double cashFlow = revenue - energy - opex - software - money.BurstUsd - capex;
        double years = end / Durations.SecondsPerYear;
        _moneyRows.Add(new MoneyBucketRow
        {
            BucketStart = bucketStart,
            RevenuePerTokenUsd = money.PerTokenUsd,
            RevenueGpuHourUsd = gpuHourRevenue,
            RevenueReservedUsd = reservedRevenue,
            RevenueSpotUsd = spotRevenue,
            SlaCreditsUsd = money.SlaCreditsUsd,
            RevenueUsd = revenue,
            GpuDepreciationUsd = gpuDepreciation,
            FacilityDepreciationUsd = facilityDepreciation,
            EnergyUsd = energy,
            FixedOpexUsd = opex,
            SoftwareUsd = software,
            BurstUsd = money.BurstUsd,
            CostUsd = cost,
            MarginUsd = revenue - cost,
            CapexUsd = capex,
            CashFlowUsd = cashFlow,
            DiscountedCashFlowUsd = cashFlow / Math.Pow(1 + _scenario.Money.DiscountRatePerYear, years),
        });
    }

    public RunSummary Summarize(
        Scenario scenario,
        IReadOnlyList<(string Site, string Class, ServiceTally Tally)> service,
        IReadOnlyList<(string Region, string Class, RoutingTally Tally)> routing,
        int inFlight,
        long events)
    {
        var interactiveTtft = new Tally();
        long served = 0, abandoned = 0, sloMet = 0, tokensOut = 0, byFluid = 0;
        foreach (var (_, classId, tally) in service)
        {
            served += tally.Served;
            byFluid += tally.ServedByFluid;
            abandoned += tally.Abandoned;
            sloMet += tally.SloMet;
            tokensOut += tally.TokensOut;
            if (scenario.Classes.Find(c => c.Id == classId)?.Kind == Demand.WorkloadKind.Interactive)
            {
                interactiveTtft.Merge(tally.TtftSeconds);
            }
        }

        long arrived = 0, rejected = 0, burst = 0;
        foreach (var (_, _, tally) in routing)
        {
            arrived += tally.Arrived;
            rejected += tally.Rejected;
            burst += tally.Burst;
        }

        double revenue = 0, cost = 0, npv = 0;
        foreach (var row in _moneyRows)
        {
            revenue += row.RevenueUsd;
            cost += row.CostUsd;
            npv += row.DiscountedCashFlowUsd;
        }

        return new RunSummary
        {
            Scenario = scenario.Name,
            Seed = scenario.Seed,
            HorizonDays = scenario.HorizonDays,
            Arrived = arrived,
            Served = served,
            RequestsSimulated = served - byFluid,
            Abandoned = abandoned,
            Rejected = rejected,
            Burst = burst,
            InFlightAtEnd = inFlight,
            TokensOut = tokensOut,
            Utilization = _gpuSecondsUp > 0 ? _gpuSecondsBusy / _gpuSecondsUp : 0,
            StrandedGpuDays = _strandedGpuSeconds / Durations.SecondsPerDay,
            TtftP50Ms = interactiveTtft.P50 * 1000,
            TtftP99Ms = interactiveTtft.P99 * 1000,
            SloAttainment = served > 0 ? (double)sloMet / served : double.NaN,
            RevenueUsd = revenue,
            CostUsd = cost,
            MarginUsd = revenue - cost,
            NpvUsd = npv,
            CostPerMillionTokensUsd = tokensOut > 0 ? cost / tokensOut * 1e6 : double.NaN,
            Events = events,
        };
    }

    private double GpuHourRevenue(Site site, double busyHours)
    {
        // The site's busy GPU-hours are shared among classes by the tokens served to each; GPU-hour classes pay for theirs.
        long totalTokens = 0;
        var tallies = site.BucketTallies;
        for (int c = 0; c < tallies.Count; c++)
        {
            totalTokens += tallies[c].TokensIn + tallies[c].TokensOut;
        }

        if (totalTokens == 0)
        {
            return 0;
        }

        double revenue = 0;
        for (int c = 0; c < tallies.Count; c++)
        {
            if (_classPrices[c].Model == PriceModel.GpuHour)
            {
                double share = (double)(tallies[c].TokensIn + tallies[c].TokensOut) / totalTokens;
                revenue += busyHours * share * _classPrices[c].UsdPerGpuHour;
            }
        }

        return revenue;
    }

    private void AddClassRow(DateTime bucketStart, string site, string classId, ServiceTally t) =>
        _classRows.Add(new ClassBucketRow
        {
            BucketStart = bucketStart,
            Site = site,
            Class = classId,
            Arrived = t.Arrived,
            Served = t.Served,
            Abandoned = t.Abandoned,
            Restarted = t.Restarted,
            TokensIn = t.TokensIn,
            TokensOut = t.TokensOut,
            SloMet = t.SloMet,
            TtftP50Ms = Ms(t.TtftSeconds.P50),
            TtftP95Ms = Ms(t.TtftSeconds.P95),
            TtftP99Ms = Ms(t.TtftSeconds.P99),
            QueueingDelayMeanMs = Ms(t.QueueingDelaySeconds.Mean),
            QueueingDelayP99Ms = Ms(t.QueueingDelaySeconds.P99),
            E2eP50Ms = Ms(t.EndToEndSeconds.P50),
            E2eP99Ms = Ms(t.EndToEndSeconds.P99),
        });

    private void AddLatencyRow(DateTime bucketStart, string classId, ServiceTally t) =>
        _latencyRows.Add(new LatencyBucketRow
        {
            BucketStart = bucketStart,
            Class = classId,
            Source = t.Served == 0 ? "" : t.ServedByFluid == 0 ? "requests" : t.ServedByFluid == t.Served ? "fluid" : "both",
            Served = t.Served,
            SloMet = t.SloMet,
            TtftP50Ms = Ms(t.TtftSeconds.P50),
            TtftP95Ms = Ms(t.TtftSeconds.P95),
            TtftP99Ms = Ms(t.TtftSeconds.P99),
            QueueingDelayMeanMs = Ms(t.QueueingDelaySeconds.Mean),
            E2eP99Ms = Ms(t.EndToEndSeconds.P99),
        });

    /// <summary>Each class's TTFT over the whole run, all sites merged, at the quantiles of <see cref="TtftQuantiles"/>.</summary>
    public static List<TtftQuantileRow> TtftDistribution(Scenario scenario, IReadOnlyList<(string Site, string Class, ServiceTally Tally)> service)
    {
        var rows = new List<TtftQuantileRow>();
        foreach (var workload in scenario.Classes)
        {
            var merged = new Tally();
            foreach (var (_, classId, tally) in service)
            {
                if (classId == workload.Id)
                {
                    merged.Merge(tally.TtftSeconds);
                }
            }

            if (merged.Count == 0)
            {
                continue;
            }

            foreach (double q in TtftQuantiles)
            {
                rows.Add(new TtftQuantileRow { Class = workload.Id, Quantile = q, TtftMs = Ms(merged.Quantile(q)) });
            }
        }

        return rows;
    }

    /// <summary>0.005, 0.01, …, 0.995 and the tail 0.999, 0.9999: enough points for a smooth CDF and its tail.</summary>
    public static IReadOnlyList<double> TtftQuantiles { get; } = [.. Enumerable.Range(1, 199).Select(i => i / 200.0), 0.999, 0.9999];

    private static double Ms(double seconds) => seconds * 1000;
}
