namespace NeoCloudSim.Fluid;

/// <summary>
/// What one step sends to each site, cluster and class: requests and tokens, and the streams they came from (for the
/// latency points). Kept from step to step and emptied, since a long horizon records tens of thousands of steps.
/// </summary>
internal sealed class StepServices
{
    private readonly Dictionary<(int Site, int Cluster, int Class), StepService> _byKey = [];
    private readonly List<(int Site, int Cluster, int Class)> _used = [];

    /// <summary>Adds <paramref name="requests"/> of <paramref name="flow"/>, from <paramref name="rtt"/> seconds away.</summary>
    public void Add(int site, int cluster, int workloadClass, FluidFlow flow, double rtt, double requests)
    {
        var key = (site, cluster, workloadClass);
        if (!_byKey.TryGetValue(key, out var service))
        {
            _byKey[key] = service = new StepService();
        }

        if (service.Parts.Count == 0)
        {
            _used.Add(key);
        }

        service.Requests += requests;
        service.TokensIn += requests * flow.Sizes.MeanPromptTokens;
        service.TokensOut += requests * flow.Sizes.MeanOutputTokens;
        service.Parts.Add((flow, rtt, requests));
    }

    /// <summary>The step's services in (site, cluster, class) order, each emptied once the caller is done with it.</summary>
    public IEnumerable<((int Site, int Cluster, int Class) Key, StepService Service)> TakeInOrder()
    {
        _used.Sort();
        foreach (var key in _used)
        {
            var service = _byKey[key];
            yield return (key, service);
            service.Clear();
        }

        _used.Clear();
    }
}

/// <summary>One site, cluster and class's share of a step.</summary>
internal sealed class StepService
{
    public double Requests { get; set; }

    public double TokensIn { get; set; }

    public double TokensOut { get; set; }

    public List<(FluidFlow Flow, double Rtt, double Requests)> Parts { get; } = [];

    public void Clear()
    {
        Requests = TokensIn = TokensOut = 0;
        Parts.Clear();
    }
}
