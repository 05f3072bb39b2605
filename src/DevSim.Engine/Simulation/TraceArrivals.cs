using DevSim.Engine.Randomness;

namespace DevSim.Engine.Simulation;

/// <summary>Arrival times read from a list (for example a CSV of real project start dates).</summary>
public sealed class TraceArrivals : IArrivalProcess
{
    private readonly double[] _times;

    /// <summary>Creates the process from non-decreasing, finite, non-negative times; at least two.</summary>
    public TraceArrivals(IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        if (times.Count < 2)
            throw new ArgumentException("an arrival trace needs at least two times", nameof(times));
        for (var i = 0; i < times.Count; i++)
        {
            if (!double.IsFinite(times[i]) || times[i] < 0)
                throw new ArgumentException($"arrival {i + 1}: {times[i]} is not a finite time of 0 or more", nameof(times));
            if (i > 0 && times[i] < times[i - 1])
                throw new ArgumentException($"arrival {i + 1}: {times[i]} comes before the previous arrival {times[i - 1]}", nameof(times));
        }
        _times = [.. times];
        MeanInterarrival = (_times[^1] - _times[0]) / (_times.Length - 1);
    }

    /// <inheritdoc />
    public double MeanInterarrival { get; }

    /// <summary>The arrival times, in order (an experiment's fingerprint hashes them).</summary>
    public IReadOnlyList<double> Times => _times;

    /// <inheritdoc />
    public int? MaxProjects => _times.Length;

    /// <inheritdoc />
    public double ArrivalTime(int index, double previous, ref SplitMix64 stream) => _times[index];

    /// <summary>The same trace with every time multiplied by <paramref name="factor"/> (a load factor F scales times by 1/F).</summary>
    public TraceArrivals Scaled(double factor) => new([.. _times.Select(t => t * factor)]);
}
