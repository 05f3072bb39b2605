using System.Diagnostics;
using System.Globalization;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Benchmarks;

/// <summary>
/// CPU time per event of a five-type portfolio (five processes on the mouse's nine teams, all static
/// sequencing as the baseline) under <c>priority</c> with a WIP cap of 20 against the one-type FIFO
/// run (the mouse at interarrival 16, static), both 20,000 projects on one thread:
/// issue 24's budget is 1.3 times. Run: <c>dotnet run -c Release --project tests/DevSim.Benchmarks -- cpu-time-portfolio 8</c>.
/// </summary>
internal static class PortfolioCpuTime
{
    public static void Run(int samples)
    {
        var mouse = ScenarioReader.LoadBuiltIn("optical-mouse");
        var one = new SimulationOptions { Policy = SequencingPolicy.Static, Arrivals = new PoissonArrivals(16), Projects = 20_000, Replications = 1, MaxDegreeOfParallelism = 1 };
        var simulator = new MultiProjectSimulator(mouse);
        ProjectType Type(string name, string scenario, SequencingPolicy policy, int priority) => new()
        {
            Name = name,
            Scenario = ScenarioReader.LoadBuiltIn(scenario),
            Policy = policy,
            Arrivals = new PoissonArrivals(80),
            Priority = priority,
            DueAllowance = 100,
        };
        var five = new Portfolio
        {
            Name = "five",
            Pool = ResourcePool.Of(mouse),
            Types =
            [
                Type("mouse static", "optical-mouse", SequencingPolicy.Static, 3),
                Type("mouse again", "optical-mouse", SequencingPolicy.Static, 1),
                Type("balanced", "optical-mouse-balanced", SequencingPolicy.Static, 2),
                Type("mouse rows-alt", "optical-mouse-rows-alt", SequencingPolicy.Static, 5),
                Type("balanced rows-alt", "optical-mouse-balanced-rows-alt", SequencingPolicy.Static, 4),
            ],
            Discipline = QueueDiscipline.Priority,
            WipCap = 20,
        };
        Measure("one type, fifo", samples, () => simulator.RunReplication(one, 0).Events);
        Measure("five types, priority, cap 20", samples, () => PortfolioSimulator.Run(five, one).All.Events);
    }

    private static void Measure(string label, int samples, Func<long> run)
    {
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < 15; i++)
            run(); // past the JIT's tiers
        var perEvent = new List<double>();
        long events = 0;
        for (var s = 0; s < samples; s++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            events = 0;
            for (var k = 0; k < 5; k++)
                events += run();
            process.Refresh();
            perEvent.Add((process.TotalProcessorTime - before).TotalMilliseconds * 1e6 / events);
        }
        perEvent.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-30} median {perEvent[perEvent.Count / 2]:F1} ns CPU per event, min {perEvent[0]:F1}, max {perEvent[^1]:F1} ({events / 5} events per replication)"));
    }
}
