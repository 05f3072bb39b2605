// A planner's question, answered with DevSim's engine as a library: for each sequencing policy, the
// highest project arrival rate that keeps the mean project duration under a target, found by
// bisection over the mean interarrival time (each step a full multi-project simulation).
//
// Run from the repository root:
//   dotnet run experiments/max-arrival-rate.cs [scenario] [target-days] [replications] [projects]
// defaults: optical-mouse 100 10 20000. The scenario is a built-in name or a scenario file.
#:project ../src/DevSim.Engine/DevSim.Engine.csproj
#:property PublishAot=false
using System.Globalization;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

var source = args.Length > 0 ? args[0] : "optical-mouse";
var target = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 100;
var replications = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
var projects = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20_000;
var scenario = ScenarioReader.IsBuiltIn(source) ? ScenarioReader.LoadBuiltIn(source) : ScenarioReader.Parse(File.ReadAllText(source), source);

// Bounds: alone, a project takes its single-project duration; the busiest resource's exact static
// load puts the overload limit near its critical interarrival time.
var evaluator = new SingleProjectEvaluator(scenario);
var alone = evaluator.Evaluate(scenario.DefaultSequence, new EvaluationOptions { Replications = 50_000 });
var critical = evaluator.Demands(alone).Max(d => d.CriticalInterarrival);
Console.WriteLine($"{scenario.Name}: a project alone takes {alone.Duration.Mean:F1} days; the busiest resource saturates " +
                  $"at one static project every {critical:F2} days. Target: mean duration under {target:F0} days.");
Console.WriteLine($"({replications} replications of {projects:N0} projects per step, the first 10% warm-up; common random numbers across steps)");
if (alone.Duration.Mean >= target)
{
    Console.WriteLine($"No arrival rate meets the target: even a project alone takes {alone.Duration.Mean:F1} days on average.");
    return;
}

SimulationResult Simulate(SequencingPolicy policy, double interarrival) =>
    new MultiProjectSimulator(scenario).Run(new SimulationOptions
    {
        Policy = policy,
        Arrivals = new PoissonArrivals(interarrival),
        Projects = projects,
        Replications = replications,
        Seed = 1,
    });
bool Meets(SimulationResult r) => !r.IsUnstable && r.Duration.Mean < target;

Console.WriteLine();
Console.WriteLine($"{"policy",-12} {"interarrival (days)",20} {"projects / year",16} {"mean duration [95% CI]",30}");
foreach (var policy in Enum.GetValues<SequencingPolicy>())
{
    // Bracket: 'slow' meets the target, 'fast' does not. Widen until both hold.
    double fast = critical / 2, slow = critical * 2;
    while (!Meets(Simulate(policy, slow)) && slow < 1e6)
        slow *= 2;
    while (Meets(Simulate(policy, fast)) && fast > 1e-3)
        fast /= 2;
    // Bisection to 0.1% of the interarrival time: the duration curve is decreasing in it.
    while (slow - fast > slow * 1e-3)
    {
        var middle = (fast + slow) / 2;
        if (Meets(Simulate(policy, middle)))
            slow = middle;
        else
            fast = middle;
    }
    var at = Simulate(policy, slow);
    var name = policy.Name();
    var ci = $"{at.Duration.Mean:F1} [{at.Duration.Ci95.Lower:F1}, {at.Duration.Ci95.Upper:F1}]";
    Console.WriteLine($"{name,-12} {slow,20:F2} {365 / slow,16:F1} {ci,30}");
}
Console.WriteLine();
Console.WriteLine("Projects may start at most this often (on average) for the mean duration to stay under the target.");
Console.WriteLine("The CI is across replications: where it straddles the target, more replications sharpen the answer.");
