// A planner's question, answered with DevSim's engine as a library: for each sequencing policy, the
// highest project arrival rate that keeps the mean project duration within a target. The same call as
// `devsim capacity <scenario> --target-duration T`: bisection over simulations on common random
// numbers, starting from the stability limit, answered as a bracket (docs/model.md#capacity-search).
//
// Run from the repository root:
//   dotnet run experiments/max-arrival-rate.cs [scenario] [target-days] [replications] [projects]
// defaults: optical-mouse 100 10 20000. The scenario is a built-in name or a scenario file.
#:project ../src/DevSim.Engine/DevSim.Engine.csproj
#:property PublishAot=false
using System.Globalization;
using DevSim.Engine.Capacity;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

var source = args.Length > 0 ? args[0] : "optical-mouse";
var target = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 100;
var replications = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
var projects = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20_000;
var scenario = ScenarioReader.IsBuiltIn(source) ? ScenarioReader.LoadBuiltIn(source) : ScenarioReader.Parse(File.ReadAllText(source), source);

var found = CapacitySearch.Find(new ScenarioSystem(scenario), new CapacityOptions
{
    Target = target,
    Simulation = new SimulationOptions { Projects = projects, Replications = replications, Seed = 1 },
});

Console.WriteLine($"{scenario.Name}: a project alone takes {found.Alone:F1} days; target: mean duration at most {target:F0} days.");
Console.WriteLine($"{"policy",-13} {"projects / year",18} {"interarrival (days)",20} {"stopped",13} {"runs",5}");
foreach (var r in found.Rates)
{
    var perYear = r.LowerRate > 0 ? $"{365 * r.LowerRate:F1} to {365 * r.UpperRate:F1}" : "none";
    var interarrival = r.LowerRate > 0 ? $"{r.UpperInterarrival:F2} to {r.LowerInterarrival:F2}" : "-";
    Console.WriteLine($"{r.Policy.Name(),-13} {perYear,18} {interarrival,20} {r.StoppedBecause.Name(),13} {r.Evaluations,5}");
}
Console.WriteLine("The target is met at the lower rate and missed at the upper one (365 days a year).");
