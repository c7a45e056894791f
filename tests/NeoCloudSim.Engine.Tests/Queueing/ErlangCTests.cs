using NeoCloudSim.Engine.Queueing;

namespace NeoCloudSim.Engine.Tests.Queueing;

public sealed class ErlangCTests
{
    [Fact]
    public void One_server_reduces_to_the_MM1_formulas()
    {
        // M/M/1: P(wait) = ρ and Wq = ρ / (μ - λ).
        Assert.Equal(0.9, ErlangC.ProbabilityOfWaiting(1, 0.9), 12);
        Assert.Equal(0.9 / (1 - 0.9), ErlangC.MeanWaitInQueue(1, 0.9, 1.0), 10);
    }

    [Fact]
    public void Two_servers_match_the_closed_form()
    {
        // M/M/2: P(wait) = 2ρ² / (1 + ρ), ρ = a/2.
        double a = 1.2, rho = a / 2;
        Assert.Equal(2 * rho * rho / (1 + rho), ErlangC.ProbabilityOfWaiting(2, a), 12);
    }

    [Fact]
    public void Eight_servers_at_load_09_match_the_direct_sum()
    {
        // Direct evaluation of the textbook formula with factorials, for c = 8, a = 7.2.
        int c = 8;
        double a = 7.2;
        double sum = 0, term = 1;
        for (int k = 0; k < c; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }

        double top = term * c / (c - a);
        Assert.Equal(top / (sum + top), ErlangC.ProbabilityOfWaiting(c, a), 12);
    }

    [Fact]
    public void An_unstable_load_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWaiting(2, 2.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangC.ProbabilityOfWaiting(0, 0.5));
    }
}
