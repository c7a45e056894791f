using NeoCloudSim.Engine.Processes;

namespace NeoCloudSim.Engine.Resources;

/// <summary>
/// The cause handed to a process interrupted because a request of higher priority took its unit of a
/// <see cref="PreemptiveResource"/>.
/// </summary>
/// <param name="By">The process whose request took the unit, if it was made from a process.</param>
/// <param name="UsageSince">When the preempted request had been granted, in simulated seconds.</param>
/// <param name="Resource">The resource.</param>
/// <param name="Request">The preempted request (now in state <see cref="RequestState.Preempted"/>).</param>
public sealed record Preempted(Process? By, double UsageSince, Resource Resource, Request Request);
