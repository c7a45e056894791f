namespace NeoCloudSim.Bench.Engine;

/// <summary>
/// What an M/M/c case measured: customers arrived, calendar events fired, mean wait in queue (s), and bytes
/// allocated per event over the second half of the horizon (steady state: queues and calendar already grown).
/// </summary>
internal readonly record struct MmcOutcome(long Customers, long Events, double MeanWait, double AllocBytesPerEvent);
