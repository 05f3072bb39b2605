using System.Diagnostics;
using System.Globalization;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Benchmarks;

/// <summary>
/// The multi-project run's CPU time per replication (the mouse at interarrival 16, 20,000 projects,
/// one thread, each policy), through the public API only so that the same code measures any commit.
/// On a machine shared with other builds wall time is mostly waiting for a core, and
/// BenchmarkDotNet's errors then exceed its means; the CPU time a replication uses moves far less.
/// Run it on two clones, interleaved: <c>dotnet run -c Release --project tests/DevSim.Benchmarks -- cpu-time 8</c>.
/// </summary>
internal static class CpuTimeComparison
{
    private const int ReplicationsPerSample = 5;

    /// <summary>Prints, per policy, the median, least and most CPU milliseconds per replication over <paramref name="samples"/> samples.</summary>
    public static void Run(int samples)
    {
        var simulator = new MultiProjectSimulator(ScenarioReader.LoadBuiltIn("optical-mouse"));
        using var process = Process.GetCurrentProcess();
        foreach (var policy in Enum.GetValues<SequencingPolicy>())
        {
            var options = new SimulationOptions { Policy = policy, Arrivals = new PoissonArrivals(16), Projects = 20_000 };
            for (var i = 0; i < 15; i++)
                simulator.RunReplication(options, 0); // past the JIT's tiers
            var times = new List<double>();
            long events = 0;
            for (var s = 0; s < samples; s++)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                for (var k = 0; k < ReplicationsPerSample; k++)
                    events = simulator.RunReplication(options, 0).Events;
                process.Refresh();
                times.Add((process.TotalProcessorTime - before).TotalMilliseconds / ReplicationsPerSample);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{policy,-12} median {times[times.Count / 2]:F2} ms CPU, min {times[0]:F2}, max {times[^1]:F2} ({events} events)"));
        }
    }
}
