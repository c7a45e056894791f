namespace NeoCloudSim.Power;

/// <summary>
/// A site's power position: built shell MW, energized feed MW, and the IT power they allow together. Usable IT power
/// = min(built shell, energized facility power / PUE): feeds deliver facility power, of which IT gets 1/PUE.
/// </summary>
public sealed class SitePower
{
    private readonly List<PowerFeed> _feeds = [];

    internal SitePower(double pue) => Pue = pue;

    /// <summary>Power usage effectiveness.</summary>
    public double Pue { get; }

    /// <summary>IT MW of the shell built so far.</summary>
    public double BuiltMegawatts { get; internal set; }

    /// <summary>Facility MW energized by all feeds.</summary>
    public double EnergizedMegawatts
    {
        get
        {
            double total = 0;
            foreach (var feed in _feeds)
            {
                total += feed.EnergizedMegawatts;
            }

            return total;
        }
    }

    /// <summary>IT MW usable now: min(built, energized / PUE).</summary>
    public double UsableItMegawatts => Math.Min(BuiltMegawatts, EnergizedMegawatts / Pue);

    /// <summary>The feeds.</summary>
    public IReadOnlyList<PowerFeed> Feeds => _feeds;

    internal void Add(PowerFeed feed) => _feeds.Add(feed);

    /// <summary>
    /// Energy cost of drawing <paramref name="facilityMegawatts"/> for <paramref name="hours"/> hours, in USD: the
    /// cheapest energized feeds first (grid before a dearer generator).
    /// </summary>
    public double EnergyCostUsd(double facilityMegawatts, double hours)
    {
        double left = facilityMegawatts;
        double cost = 0;
        double lastPrice = 0;
        foreach (var feed in FeedsByPrice())
        {
            lastPrice = feed.Spec.PriceUsdPerMwh;
            double take = Math.Min(left, feed.EnergizedMegawatts);
            cost += take * hours * feed.Spec.PriceUsdPerMwh;
            left -= take;
            if (left <= 0)
            {
                return cost;
            }
        }

        return cost + left * hours * lastPrice; // drawn beyond energized: cannot happen, priced at the dearest feed
    }

    private List<PowerFeed> FeedsByPrice()
    {
        var sorted = new List<PowerFeed>(_feeds);
        sorted.Sort((a, b) => a.Spec.PriceUsdPerMwh != b.Spec.PriceUsdPerMwh
            ? a.Spec.PriceUsdPerMwh.CompareTo(b.Spec.PriceUsdPerMwh)
            : a.Index.CompareTo(b.Index));
        return sorted;
    }
}
