// A 100-task random DSM process simulated for 100,000 projects: DevSim's engine used as a library.
// Run from the repository root:  dotnet run experiments/scripts/large-process.cs [tasks] [density] [projects]
// (Release by default here: experiments/Directory.Build.props).
#:project ../../src/DevSim.Engine/DevSim.Engine.csproj
#:property PublishAot=false
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

var tasks = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var density = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.1;
var projects = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;

var process = RandomScenario.Create(tasks, density, seed: 1);
var evaluator = new SingleProjectEvaluator(process);
var alone = evaluator.Evaluate(process.DefaultSequence, new EvaluationOptions { Replications = 10_000 });
// Arrivals at 80% offered load on the busiest resource (exact under static sequencing).
var busiest = evaluator.Demands(alone).MaxBy(d => d.CriticalInterarrival)!;
var interarrival = busiest.CriticalInterarrival / 0.8;
Console.WriteLine($"{process.Name}: {tasks} tasks, alone {alone.Duration.Mean:F1} days; busiest resource {busiest.Name} " +
                  $"({busiest.Work:F1} days per project); mean interarrival time {interarrival:F2} days (80% offered load on {busiest.Name})");

// A Debug engine runs its simulations several times slower: say so rather than print a misleading speed.
if (typeof(MultiProjectSimulator).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
    Console.Error.WriteLine("note: the engine was built without optimisation (Debug); its speed here is not DevSim's: run with -c Release");

var clock = Stopwatch.StartNew();
var result = new MultiProjectSimulator(process).Run(new SimulationOptions
{
    Arrivals = new PoissonArrivals(interarrival),
    Projects = projects,
    Replications = 2,
});
clock.Stop();
Console.WriteLine($"{projects:N0} projects x 2 replications: mean duration {result.Duration.Mean:F1} days (95% CI {result.Duration.Ci95.Lower:F1} to {result.Duration.Ci95.Upper:F1}), " +
                  $"{result.Events:N0} events in {clock.Elapsed.TotalSeconds:F1} s ({result.Events / clock.Elapsed.TotalSeconds / 1e6:F1} M events/s on every core), " +
                  $"unstable: {result.Unstable ?? "no"}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
