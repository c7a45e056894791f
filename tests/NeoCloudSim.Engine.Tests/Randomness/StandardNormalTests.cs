using MathNet.Numerics.Distributions;
using NeoCloudSim.Engine.Randomness;

namespace NeoCloudSim.Engine.Tests.Randomness;

/// <summary>The stream's own normal draws are MathNet's, bit for bit, so replacing one by the other changes no result.</summary>
public sealed class StandardNormalTests
{
    [Theory]
    [InlineData(1UL, "sizes")]
    [InlineData(42UL, "demand/us-east/chat/sizes")]
    public void Draws_exactly_what_MathNet_draws_from_the_same_stream(ulong seed, string name)
    {
        var ours = RandomStream.Derive(seed, name);
        var theirs = RandomStream.Derive(seed, name);
        for (int i = 0; i < 1_000_000; i++)
        {
            double expected = Normal.Sample(theirs, 0, 1);
            double actual = ours.NextStandardNormal();
            if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
            {
                Assert.Fail($"draw {i}: MathNet {expected:R}, ours {actual:R}");
            }
        }

        Assert.Equal(theirs.NextUInt64(), ours.NextUInt64()); // and both consumed the same uniforms
    }
}
