using CsCheck;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>Makes fuzz inputs: the CsCheck generator of cases, and the input each case stands for.</summary>
public static class Mutators
{
    /// <summary>The generator of cases over <paramref name="seeds"/>: a seed file, a mutator, and a seed for the
    /// mutator's own stream.</summary>
    public static Gen<FuzzCase> Cases(IReadOnlyList<SeedFile> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var kind = Gen.Frequency(
            (5, Gen.Const(MutatorKind.Structural)),
            (3, Gen.Const(MutatorKind.Textual)),
            (1, Gen.Const(MutatorKind.Splice)),
            (2, Gen.Const(MutatorKind.Overrides)));
        return Gen.Select(Gen.Int[0, seeds.Count - 1], kind, Gen.ULong, Gen.Int[0, seeds.Count - 1], (s, k, m, o) => new FuzzCase(s, k, m, o));
    }

    /// <summary>The input that <paramref name="c"/> stands for (deterministic).</summary>
    public static FuzzInput Make(FuzzCase c, IReadOnlyList<SeedFile> seeds)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(seeds);
        var pcg = new PCG(7, c.MutationSeed);
        var seed = seeds[c.Seed];
        return c.Kind switch
        {
            MutatorKind.Structural => StructuralMutator.Mutate(seed, pcg) ?? TextualMutator.Mutate(seed, pcg),
            MutatorKind.Textual => TextualMutator.Mutate(seed, pcg),
            MutatorKind.Splice => TextualMutator.Splice(seed, seeds[c.Other], pcg),
            MutatorKind.Overrides => OverrideMutator.Mutate(seed, pcg),
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Kind, "unknown mutator"),
        };
    }

    /// <summary>Draws one value of <paramref name="gen"/> from <paramref name="pcg"/>.</summary>
    internal static T Draw<T>(this Gen<T> gen, PCG pcg) => gen.Generate(pcg, null!, out _);

    /// <summary>A uniform index in [0, <paramref name="count"/>).</summary>
    internal static int Below(this PCG pcg, int count) => count <= 1 ? 0 : (int)pcg.Next((uint)count);
}
