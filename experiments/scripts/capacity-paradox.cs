// Why one more server can make projects longer (docs/model.md#when-a-server-more-makes-projects-longer): a process
// simulated as it is and with one more server at one resource, on one seed (paired replication by replication), under
// static and dynamic sequencing, and again with every rework coupling set to 0 (the same random draws, so that variant
// is paired too). Per measure: before, after, and the paired difference (after - before) with its Student-t 95% CI.
//
// Run from the repository root:
//   dotnet run -c Release experiments/scripts/capacity-paradox.cs [scenario] [resource] [interarrival] [replications] [projects] [sequence]
// defaults: experiments/scenarios/widget.yaml Systems 16 10 20000, the scenario's sequence (give one as 7,8,5,4,6,1,2,3).
#:project ../../src/DevSim.Engine/DevSim.Engine.csproj
#:property PublishAot=false
using System.Globalization;
using DevSim.Engine.Analysis;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

var path = args.Length > 0 ? args[0] : "experiments/scenarios/widget.yaml";
var resourceName = args.Length > 1 ? args[1] : "Systems";
var interarrival = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 16;
var replications = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
var projects = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 20_000;
var scenario = ScenarioReader.Parse(File.ReadAllText(path), path);
int[] sequence = args.Length > 5 ? [.. args[5].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : [.. scenario.DefaultSequence];
var resource = scenario.Resources.Select(r => r.Name).ToList().IndexOf(resourceName);
if (resource < 0)
{
    Console.Error.WriteLine($"{path} has no resource named {resourceName}");
    return 2;
}

// Every coupling set to 0 through WithCoupling keeps its random draw, so the variant sees the same durations.
var noRework = scenario;
for (var row = 1; row <= scenario.TaskCount; row++)
{
    for (var column = 1; column <= scenario.TaskCount; column++)
    {
        if (row != column && scenario.ReworkProbability(row, column) > 0)
            noRework = noRework.WithCoupling(row, column, 0, 0);
    }
}

Console.WriteLine($"{scenario.Name}, sequence {string.Join(",", sequence)}, interarrival {interarrival}, {replications} replications of " +
                  $"{projects} projects (warm-up 10%), seed 1; one more server at {resourceName} ({scenario.Resources[resource].Capacity} -> " +
                  $"{scenario.Resources[resource].Capacity + 1})");
foreach (var (variant, process) in new[] { ("as given", scenario), ("every rework coupling set to 0", noRework) })
{
    foreach (var policy in new[] { SequencingPolicy.Static, SequencingPolicy.Dynamic })
    {
        var before = Measure(process, policy);
        var after = Measure(process.WithCapacity(resource, process.Resources[resource].Capacity + 1), policy);
        Console.WriteLine();
        Console.WriteLine($"{variant}, {policy.Name()} sequencing");
        Console.WriteLine($"  {"measure",-48} {"before",18} {"after",18}   after - before, 95% CI");
        foreach (var name in before[0].Keys)
        {
            var b = SampleSummary.From(before.Select(m => m[name]));
            var a = SampleSummary.From(after.Select(m => m[name]));
            var d = SampleSummary.From(before.Zip(after, (x, y) => y[name] - x[name]));
            Console.WriteLine($"  {name,-48} {b.Mean,18:F3} {a.Mean,18:F3} {Signed(d.Mean),12} [{Signed(d.Ci95.Lower)}, {Signed(d.Ci95.Upper)}]");
        }
    }
}
return 0;

// Rounded first, so that a difference of -1e-12 prints as +0.000 rather than -0.000.
static string Signed(double value) => (Math.Round(value, 3) + 0.0).ToString("+0.000;-0.000;+0.000", CultureInfo.InvariantCulture);

// Per replication: the run's own measures and the sequence adherence of its counted projects, per project where per task.
List<Dictionary<string, double>> Measure(Scenario process, SequencingPolicy policy)
{
    var simulator = new MultiProjectSimulator(process);
    var rows = new Dictionary<string, double>[replications];
    Parallel.For(0, replications, r =>
    {
        var adherence = new SequenceAdherence(sequence, projects / 10);
        var run = simulator.RunReplication(new SimulationOptions
        {
            Policy = policy,
            Arrivals = new PoissonArrivals(interarrival),
            Projects = projects,
            Replications = replications,
            Sequence = sequence,
            Observer = adherence,
        }, r);
        var row = new Dictionary<string, double>
        {
            ["duration (days)"] = run.Duration.Mean,
            ["waiting (days per project)"] = run.Waiting,
            ["rework (days per project)"] = run.Rework,
            ["first executions out of sequence (share)"] = adherence.OutOfSequenceShare,
        };
        foreach (var task in process.Tasks)
            row[$"{task.Id} {task.Name}: started out of sequence (share)"] = (double)adherence.OutOfSequence(task.Id) / adherence.FirstExecutions(task.Id);
        foreach (var task in process.Tasks)
            row[$"{task.Id} {task.Name}: rework (days per project)"] = adherence.ReworkTime(task.Id) / adherence.Projects;
        for (var i = 0; i < process.Resources.Count; i++)
        {
            var (name, s) = (process.Resources[i].Name, run.Resources[i]);
            row[$"{name}: offered load"] = s.OfferedLoad;
            row[$"{name}: utilisation"] = s.Utilization;
            row[$"{name}: wait per request (days)"] = s.Wait;
            // Little's law: the time-average queue over the arrival rate is the waiting each project brings.
            row[$"{name}: waiting per project (days)"] = s.Queue * interarrival;
        }
        rows[r] = row;
    });
    return [.. rows];
}
