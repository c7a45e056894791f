using NeoCloudSim.Demand;
using NeoCloudSim.World;
using NeoCloudSim.Tests.World;

namespace NeoCloudSim.Tests.Fluid;

/// <summary>Scenarios run at requests and at fluid or hybrid fidelity to compare the two: one site of a few replicas.</summary>
public static class AgreementScenarios
{
    /// <summary>One site of <paramref name="replicas"/> replicas (8 GPUs each) serving one region's chat at a constant mean rate.</summary>
    public static Scenario Steady(double ratePerSecond, int replicas = 4, double days = 2, double mtbfHours = 1e12, double noiseSigma = 0, List<double>? dailyShape = null, double annualGrowth = 1) =>
        TestWorlds.Scenario(days, [TestWorlds.Site("s", "r1", replicas * 0.008 + 0.001, replicas * 0.01 + 0.01, 0)], [TestWorlds.Order("s", replicas * 8, onDay: -60)]) with
        {
            Catalog = [TestWorlds.Gpu(mtbfHours: mtbfHours, repairHours: 6)],
            Demand =
            [
                new DemandStreamSpec
                {
                    Region = "r1",
                    Class = "chat",
                    Curve = new DemandCurveSpec
                    {
                        BaseRatePerSecond = ratePerSecond,
                        NoiseSigma = noiseSigma,
                        DailyShape = dailyShape ?? [],
                        Growth = annualGrowth == 1 ? new GrowthSpec() : new GrowthSpec { Kind = GrowthKind.Exponential, AnnualFactor = annualGrowth },
                    },
                },
            ],
        };

    public static RunResults Run(Scenario scenario, Fidelity fidelity) =>
        new NeocloudWorld(scenario with { Fidelity = fidelity }, [TestWorlds.Gpu()]).Run();
}
