namespace NeoCloudSim.Demand;

/// <summary>One request arriving: when, and its prompt and output sizes in tokens.</summary>
/// <param name="Time">Simulation time, in seconds.</param>
/// <param name="PromptTokens">Prompt (input) tokens.</param>
/// <param name="OutputTokens">Output tokens to generate.</param>
public readonly record struct Arrival(double Time, int PromptTokens, int OutputTokens);
