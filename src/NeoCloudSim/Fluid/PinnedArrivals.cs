using NeoCloudSim.Engine;
using NeoCloudSim.Engine.Randomness;

namespace NeoCloudSim.Fluid;

/// <summary>
/// A site window's requests from one stream: Poisson arrivals at the rate the fluid model sent that stream to the site
/// over the step, sizes drawn from the stream's, delivered to the site directly (the routing was the fluid model's).
/// </summary>
internal sealed class PinnedArrivals : INamedEventHandler
{
    private readonly Simulation _simulation;
    private readonly FluidFlow _flow;
    private readonly int _site;
    private readonly double _rtt;
    private readonly double _rate;
    private readonly double _end;
    private readonly RandomStream _random;
    private readonly Action<int, int, int, int, int, double> _arrive;

    public PinnedArrivals(Simulation simulation, FluidFlow flow, int site, double rtt, double rate, double end, RandomStream random, Action<int, int, int, int, int, double> arrive)
    {
        _simulation = simulation;
        _flow = flow;
        _site = site;
        _rtt = rtt;
        _rate = rate;
        _end = end;
        _random = random;
        _arrive = arrive;
        ScheduleNext();
    }

    /// <inheritdoc/>
    public string DescribeEvent(EventTag tag) => $"PinnedArrivals site {_site} NextArrival";

    public void Handle(long tag)
    {
        var sizes = _flow.Sizes;
        int prompt = sizes.PromptPoints[_random.NextIndex(sizes.PromptPoints.Length)];
        int output = sizes.OutputPoints[_random.NextIndex(sizes.OutputPoints.Length)];
        _arrive(_site, _flow.Region, _flow.Class, prompt, output, _rtt);
        ScheduleNext();
    }

    private void ScheduleNext()
    {
        double next = _simulation.Now + _random.NextExponential(_rate);
        if (next < _end)
        {
            _simulation.ScheduleAt(next, this);
        }
    }
}
