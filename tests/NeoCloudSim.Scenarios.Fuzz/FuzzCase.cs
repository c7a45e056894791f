namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>
/// One fuzz input as CsCheck generates it: which seed file, which mutator, and the seed of the mutator's own
/// random stream. The same case always makes the same input (<see cref="Mutators.Make"/>).
/// </summary>
/// <param name="Seed">Index of the seed file in the corpus.</param>
/// <param name="Kind">The mutator.</param>
/// <param name="MutationSeed">Seed of the PCG stream the mutator draws from.</param>
/// <param name="Other">Index of a second seed file (the splice's second half).</param>
public sealed record FuzzCase(int Seed, MutatorKind Kind, ulong MutationSeed, int Other);
