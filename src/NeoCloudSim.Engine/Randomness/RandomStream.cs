using System.Numerics;
using System.Runtime.CompilerServices;
using MathNet.Numerics.Random;

namespace NeoCloudSim.Engine.Randomness;

/// <summary>
/// One named, reproducible stream of random numbers (xoshiro256**), usable directly on hot paths and, being a
/// <see cref="System.Random"/>, by every MathNet.Numerics distribution.
/// </summary>
/// <remarks>
/// A stream is a function of a root seed and its name only (<see cref="Derive"/>): the name is hashed with FNV-1a
/// (stable across machines and runs, unlike <see cref="string.GetHashCode()"/>), mixed with the seed and expanded by
/// SplitMix64 into the generator's 256-bit state. Two names give streams that are independent for every practical
/// purpose, so a model that adds a component with its own stream leaves the numbers of the others unchanged.
/// Not thread-safe: a stream belongs to one simulation.
/// </remarks>
public sealed class RandomStream : RandomSource
{
    private const double UnitScale = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    private RandomStream(string name, ulong seed)
        : base(threadSafe: false)
    {
        Name = name;
        ulong x = SplitMix64(ref seed);
        _s0 = x;
        _s1 = SplitMix64(ref seed);
        _s2 = SplitMix64(ref seed);
        _s3 = SplitMix64(ref seed);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 0x9E3779B97F4A7C15UL; // the all-zero state is the one xoshiro cannot leave
        }
    }

    /// <summary>The stream's name.</summary>
    public string Name { get; }

    /// <summary>The stream named <paramref name="name"/> under the root seed <paramref name="seed"/>.</summary>
    public static RandomStream Derive(ulong seed, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ulong mixed = seed;
        ulong state = SplitMix64(ref mixed) ^ Fnv1a(name);
        return new RandomStream(name, state);
    }

    /// <summary>The next 64 uniformly distributed bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform draw in [0, 1), on a grid of 2^-53.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUniform() => (NextUInt64() >> 11) * UnitScale;

    /// <summary>A uniform draw in (0, 1]: safe to take the logarithm of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUniformNonZero() => ((NextUInt64() >> 11) + 1) * UnitScale;

    /// <summary>An exponential draw with the given rate (mean 1/rate), by inversion.</summary>
    /// <param name="rate">Events per unit of time; positive.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextExponential(double rate)
    {
        if (!(rate > 0))
        {
            ThrowBadRate(rate);
        }

        return -Math.Log(NextUniformNonZero()) / rate;
    }

    /// <summary>
    /// A standard normal draw by Marsaglia's polar method: exactly the draws, and the uniforms consumed, of MathNet's
    /// <c>Normal.Sample(stream, 0, 1)</c> (a test holds them equal), without its virtual calls per uniform. For hot
    /// paths (request sizes); the second value of each accepted pair is discarded, as MathNet does.
    /// </summary>
    public double NextStandardNormal()
    {
        while (true)
        {
            double v1 = (2.0 * NextUniform()) - 1.0;
            double v2 = (2.0 * NextUniform()) - 1.0;
            double r = (v1 * v1) + (v2 * v2);
            if (r < 1.0 && r != 0.0)
            {
                double x = v1 * Math.Sqrt(-2.0 * Math.Log(r) / r);
                return 0.0 + (1.0 * x);
            }
        }
    }

    /// <summary>A uniform integer in [0, <paramref name="exclusiveMax"/>), without modulo bias (Lemire's method).</summary>
    public int NextIndex(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        ulong bound = (ulong)exclusiveMax;
        ulong threshold = (0UL - bound) % bound;
        while (true)
        {
            ulong high = Math.BigMul(NextUInt64(), bound, out ulong low);
            if (low >= threshold)
            {
                return (int)high;
            }
        }
    }

    /// <inheritdoc/>
    protected override double DoSample() => NextUniform();

    /// <inheritdoc/>
    protected override int DoSampleInteger() => (int)(NextUInt64() >> 33);

    /// <inheritdoc/>
    public override string ToString() => $"RandomStream '{Name}'";

    private static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fnv1a(string text)
    {
        ulong hash = 0xCBF29CE484222325UL;
        foreach (char c in text)
        {
            hash = (hash ^ (byte)c) * 0x100000001B3UL;
            hash = (hash ^ (byte)(c >> 8)) * 0x100000001B3UL;
        }

        return hash;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowBadRate(double rate) =>
        throw new ArgumentOutOfRangeException(nameof(rate), rate, "An exponential rate must be positive.");
}
