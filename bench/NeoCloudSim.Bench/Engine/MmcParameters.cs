namespace NeoCloudSim.Bench.Engine;

/// <summary>The M/M/c queue every M/M/c case simulates: 8 servers, arrival rate 7.2 per s, service rate 1 per s.</summary>
internal readonly record struct MmcParameters(int Servers, double ArrivalRate, double ServiceRate, double Horizon)
{
    public static MmcParameters ForCustomers(long customers) =>
        new(8, 7.2, 1.0, customers / 7.2);
}
