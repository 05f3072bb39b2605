using System.Diagnostics;
using System.Globalization;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Optimization;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;

namespace DevSim.Benchmarks;

/// <summary>
/// The searches' batch evaluation on one thread: each sequence run alone (<see cref="SingleProjectRun"/>)
/// against the sequences walked as a tree of shared first tasks (<see cref="SharedPrefixRun"/>), interleaved
/// in one process so that both see the same machine state, and the sequences run alone but taken in turn
/// within each replication, as the tree must take them (which costs the branch predictor the repeats of one
/// sequence). Two shapes of batch on the mouse: a genetic algorithm's first generation (1,000 random
/// orders) and an exhaustive search's block (the 720 orders with the same first three tasks). <c>dotnet run -c Release --project tests/DevSim.Benchmarks -- cpu-time-search 5</c>.
/// </summary>
internal static class SearchCpuTime
{
    private const int Replications = 200;

    /// <summary>Prints, per batch shape and way, the median, least and most CPU seconds over <paramref name="samples"/> samples.</summary>
    public static void Run(int samples)
    {
        var model = new ProcessModel(ScenarioReader.LoadBuiltIn("optical-mouse"));
        var random = new SplitMix64(1);
        var generation = Enumerable.Range(0, 1000).Select(_ =>
        {
            var s = Enumerable.Range(0, 9).ToArray();
            Permutations.Shuffle(s, ref random);
            return s;
        }).ToArray();
        var block = new List<int[]>();
        var sequence = new[] { 4, 8, 2, 0, 1, 3, 5, 6, 7 };
        do
            block.Add((int[])sequence.Clone());
        while (Permutations.Next(sequence.AsSpan(3)));
        foreach (var (name, batch) in new[] { ("GA generation (1,000 random orders)", generation), ("exhaustive block (720 orders)", block.ToArray()) })
        {
            Array.Sort(batch, SharedPrefixRun.Compare);
            var alone = new SingleProjectRun(model);
            var shared = new SharedPrefixRun(model);
            var sums = new double[batch.Length];
            void Alone()
            {
                foreach (var s in batch)
                {
                    for (var r = 0; r < Replications; r++)
                        alone.Run(s, SeedMixer.Derive(1, (ulong)r));
                }
            }
            void AloneByReplication()
            {
                for (var r = 0; r < Replications; r++)
                {
                    foreach (var s in batch)
                        alone.Run(s, SeedMixer.Derive(1, (ulong)r));
                }
            }
            void Shared() => shared.AddDurations(batch, 1, 0, Replications, sums);
            Alone();
            Shared(); // past the JIT's tiers
            var times = (Alone: new List<double>(), Shared: new List<double>(), ByReplication: new List<double>());
            for (var k = 0; k < samples; k++)
            {
                times.Alone.Add(CpuSeconds(Alone));
                times.Shared.Add(CpuSeconds(Shared));
                times.ByReplication.Add(CpuSeconds(AloneByReplication));
            }
            Console.WriteLine($"{name}, {Replications} replications each:");
            Print("each alone", times.Alone);
            Print("shared first tasks", times.Shared);
            Print("alone, by replication", times.ByReplication);
        }
    }

    private static double CpuSeconds(Action work)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        work();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalSeconds;
    }

    private static void Print(string way, List<double> times)
    {
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {way,-20} median {times[times.Count / 2]:F3} s CPU, min {times[0]:F3}, max {times[^1]:F3}"));
    }
}
