namespace DevSim.Engine.Simulation;

/// <summary>One resource's measures in one replication, over the observation window.</summary>
/// <param name="Utilization">Busy server-time / (capacity × window).</param>
/// <param name="Queue">Time-average number of projects waiting in its queue.</param>
/// <param name="Wait">Mean wait per request (requests served at once count as zero).</param>
/// <param name="OfferedLoad">Arrival rate × mean work per finished project on it / capacity; 1 or more cannot be served.</param>
/// <param name="RequestRate">Requests (queue entries, including those served at once) per day in the window: Little's law says Queue = RequestRate × Wait.</param>
public readonly record struct ResourceStatistics(double Utilization, double Queue, double Wait, double OfferedLoad, double RequestRate);
