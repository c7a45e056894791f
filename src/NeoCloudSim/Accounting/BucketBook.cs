using NeoCloudSim.Metrics;
using NeoCloudSim.Money;
using NeoCloudSim.Pricing;
using NeoCloudSim.Sites;
using NeoCloudSim.Time;

namespace NeoCloudSim.Accounting;

/// <summary>
/// Turns a closed bucket — the immutable snapshots its sites handed over — into result rows: per site (GPUs, utilization, power, energy), per site and class (requests,
/// tokens, latency), per region and class (routing) and the money of the whole neocloud.
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
    private readonly string[] _classIds;
    private readonly string[] _regionIds;
    private readonly PricingSpec _pricing;
    private readonly double _discountRatePerYear;
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

    /// <param name="classIds">The workload classes' ids, in scenario order.</param>
    /// <param name="regionIds">The regions' ids, in scenario order.</param>
    /// <param name="pricing">The scenario's pricing (spot resale).</param>
    /// <param name="discountRatePerYear">The discount rate of the cash flows (NPV).</param>
    /// <param name="clock">The scenario's calendar.</param>
    /// <param name="classPrices">Each class's prices.</param>
    /// <param name="prices">The price multiplier over time.</param>
    public BucketBook(IReadOnlyList<string> classIds, IReadOnlyList<string> regionIds, PricingSpec pricing, double discountRatePerYear, ScenarioClock clock, ClassPricingSpec[] classPrices, PriceSchedule prices)
    {
        _classIds = [.. classIds];
        _regionIds = [.. regionIds];
        _pricing = pricing;
        _discountRatePerYear = discountRatePerYear;
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

    /// <summary>GPU-seconds up, busy and stranded over the buckets closed so far, all sites.</summary>
    public double GpuSecondsUp => _gpuSecondsUp;

    /// <inheritdoc cref="GpuSecondsUp"/>
    public double GpuSecondsBusy => _gpuSecondsBusy;

    /// <inheritdoc cref="GpuSecondsUp"/>
    public double StrandedGpuSeconds => _strandedGpuSeconds;

    private static double Ms(double seconds) => seconds * 1000;

    /// <summary>Projects one closed bucket, from the snapshots its sites handed over, into rows and money.</summary>
    /// <param name="start">When the bucket opened, seconds.</param>
    /// <param name="end">When it closed, seconds (after <paramref name="start"/>).</param>
    /// <param name="sites">Each site's snapshot of the bucket, in scenario order.</param>
    /// <param name="routing">Per region and class, the bucket's routing counts.</param>
    /// <param name="money">The bucket's per-request money (per-token revenue, SLA credits, burst).</param>
    public void Close(double start, double end, IReadOnlyList<SiteBucketSnapshot> sites, RoutingTally[,] routing, MoneyAccumulator money)
    {
        double seconds = end - start;
        double hours = seconds / Durations.SecondsPerHour;
        var bucketStart = _clock.ToUtc(start);
        double priceMultiplier = _prices.MultiplierAt(start);
        double gpuHourRevenue = 0, spotRevenue = 0, reservedRevenue = 0, gpuDepreciation = 0, facilityDepreciation = 0;
        double energy = 0, opex = 0, capex = 0, software = 0;

        var fleetTallies = new ServiceTally[_classIds.Length];
        for (int c = 0; c < fleetTallies.Length; c++)
        {
            fleetTallies[c] = new ServiceTally();
        }

        foreach (var site in sites)
        {
            double upSeconds = site.UpGpuSeconds;
            double busySeconds = site.BusyGpuSeconds;
            double strandedSeconds = site.StrandedGpuSeconds;
            double drawnFacilityMw = site.DrawnFacilityMegawatts;
            double energyCost = site.EnergyCostUsd;
            _gpuSecondsUp += upSeconds;
            _gpuSecondsBusy += busySeconds;
            _strandedGpuSeconds += strandedSeconds;
            energy += energyCost;

            var shell = site.Spec.Shell;
            double builtMwSeconds = site.BuiltMegawattSeconds;
            facilityDepreciation += builtMwSeconds * shell.CapexUsdPerMw / Durations.FromYears(shell.UsefulLifeYears);
            opex += builtMwSeconds * site.Spec.FixedOpexUsdPerMwYear / Durations.SecondsPerYear;
            capex += (site.BuiltMegawattsAtClose - site.BuiltMegawattsAtOpen) * shell.CapexUsdPerMw;
            foreach (var cluster in site.Clusters)
            {
                double life = Durations.FromYears(cluster.Sku.UsefulLifeYears);
                gpuDepreciation += cluster.DeliveredValueUsdSeconds / life;
                capex += cluster.DeliveredValueAddedUsd;
                double clusterUpHours = cluster.UpGpuSeconds / Durations.SecondsPerHour;
                double clusterBusyHours = cluster.BusyGpuSeconds / Durations.SecondsPerHour;
                software += clusterUpHours * cluster.Sku.Serving.SoftwareUsdPerGpuHour;
                _skuRows.Add(new SkuBucketRow
                {
                    BucketStart = bucketStart,
                    Site = site.Spec.Id,
                    Sku = cluster.Sku.Id,
                    GpuHoursUp = clusterUpHours,
                    GpuHoursBusy = clusterBusyHours,
                    Utilization = clusterUpHours > 0 ? clusterBusyHours / clusterUpHours : 0,
                    Served = cluster.Served.Served,
                    TtftP50Ms = Ms(cluster.Served.TtftSeconds.P50),
                    TtftP99Ms = Ms(cluster.Served.TtftSeconds.P99),
                });
            }

            double reservedHours = site.ReservedProvidedGpuSeconds / Durations.SecondsPerHour;
            double shortfallHours = site.ReservedWantedGpuSeconds / Durations.SecondsPerHour - reservedHours;
            reservedRevenue += site.ReservedRevenueUsd;
            double busyHours = busySeconds / Durations.SecondsPerHour;
            gpuHourRevenue += GpuHourRevenue(site.Classes, busyHours - reservedHours) * priceMultiplier; // rented GPU-hours are the contracts'
            spotRevenue += (upSeconds - busySeconds) / Durations.SecondsPerHour
                * _pricing.SpotUsdPerGpuHour * _pricing.SpotFillShare;

            _siteRows.Add(new SiteBucketRow
            {
                BucketStart = bucketStart,
                BucketHours = hours,
                Site = site.Spec.Id,
                GpusDelivered = site.MeanGpusDelivered,
                GpusInstalled = site.MeanGpusInstalled,
                GpusUp = upSeconds / seconds,
                GpusBusy = busySeconds / seconds,
                GpusStranded = strandedSeconds / seconds,
                Utilization = upSeconds > 0 ? busySeconds / upSeconds : 0,
                GpuHoursUp = upSeconds / Durations.SecondsPerHour,
                GpuHoursBusy = busyHours,
                StrandedGpuDays = strandedSeconds / Durations.SecondsPerDay,
                BuiltMw = site.MeanBuiltMegawatts,
                EnergizedMw = site.MeanEnergizedMegawatts,
                UsableItMw = site.MeanUsableItMegawatts,
                DrawnMw = drawnFacilityMw,
                EnergyMwh = drawnFacilityMw * hours,
                EnergyCostUsd = energyCost,
                ReservedGpuHours = reservedHours,
                ReservedShortfallGpuHours = shortfallHours,
                QueueMean = site.MeanQueue,
                InSystemMean = site.MeanInSystem,
            });

            var tallies = site.Classes;
            for (int c = 0; c < tallies.Count; c++)
            {
                AddClassRow(bucketStart, site.Spec.Id, _classIds[c], tallies[c]);
                fleetTallies[c].Merge(tallies[c]);
            }
        }

        for (int c = 0; c < fleetTallies.Length; c++)
        {
            AddLatencyRow(bucketStart, _classIds[c], fleetTallies[c]);
        }

        for (int r = 0; r < routing.GetLength(0); r++)
        {
            for (int c = 0; c < routing.GetLength(1); c++)
            {
                var t = routing[r, c];
                _routingRows.Add(new RoutingBucketRow
                {
                    BucketStart = bucketStart,
                    Region = _regionIds[r],
                    Class = _classIds[c],
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
            DiscountedCashFlowUsd = cashFlow / Math.Pow(1 + _discountRatePerYear, years),
        });
    }

    private double GpuHourRevenue(IReadOnlyList<ServiceTally> tallies, double busyHours)
    {
        // The site's busy GPU-hours are shared among classes by the tokens served to each; GPU-hour classes pay for theirs.
        long totalTokens = 0;
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

}
