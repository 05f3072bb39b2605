// The steady-state verdict checked on runs whose answer is known (docs/model.md#calibration-of-the-verdict):
// prints the calibration table (case, runs, share per verdict, requirement) and every run that missed.
//
// Run from the repository root:
//   dotnet run experiments/verdict-calibration.cs [last-seed]
// default last seed 20 (seeds 1 to 20; each seed is run with every replication count of its case): about 450
// simulations, most of them 20,000 projects. The requirement of the settled cases (stable in 98% of runs) holds for
// each family pooled (the last rows): one case alone has too few runs to tell 98% from 97.5%.
#:project ../src/DevSim.Engine/DevSim.Engine.csproj
#:property PublishAot=false
using System.Globalization;
using DevSim.Engine.Analysis.Calibration;

var lastSeed = args.Length > 0 ? ulong.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var seeds = Enumerable.Range(1, (int)lastSeed).Select(s => (ulong)s).ToList();
Console.WriteLine($"Seeds 1 to {lastSeed}; runs per case = seeds × replication counts.");
Console.WriteLine();
Console.WriteLine("| case | projects | replications | runs | stable | unsettled | overloaded | required | met |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|---|");
var misses = new List<string>();
var outcomes = new List<CalibrationOutcome>();
string Share(int n, int runs) => (100.0 * n / runs).ToString("0.#", CultureInfo.InvariantCulture) + "%";
foreach (var c in VerdictCalibration.Cases())
{
    var o = VerdictCalibration.Run(c, seeds);
    outcomes.Add(o);
    var required = c.Expected switch
    {
        CalibrationExpectation.Stable => $"stable ≥ {100 * VerdictCalibration.RequiredStableShare:0}%",
        CalibrationExpectation.NeverStable => "never stable",
        _ => "overloaded",
    };
    var met = c.Expected == CalibrationExpectation.Stable ? "(pooled below)" : o.Passes ? "yes" : "NO";
    Console.WriteLine($"| {c.Name} | {c.Projects:N0} | {string.Join(", ", c.Replications)} | {o.Runs} | {Share(o.Stable, o.Runs)} | " +
        $"{Share(o.Unsettled, o.Runs)} | {Share(o.Overloaded, o.Runs)} | {required} | {met} |");
    misses.AddRange(o.Misses.Select(m => $"{c.Name}, {m}"));
}
foreach (var family in outcomes.Where(o => o.Case.Expected == CalibrationExpectation.Stable).GroupBy(o => o.Case.Name.Split(' ')[0]))
{
    var runs = family.Sum(o => o.Runs);
    var stable = family.Sum(o => o.Stable);
    var share = (double)stable / runs;
    Console.WriteLine($"| all settled {family.Key} cases | | | {runs} | {Share(stable, runs)} | {Share(family.Sum(o => o.Unsettled), runs)} | " +
        $"{Share(family.Sum(o => o.Overloaded), runs)} | stable ≥ {100 * VerdictCalibration.RequiredStableShare:0}% | " +
        $"{(share >= VerdictCalibration.RequiredStableShare ? "yes" : "NO")} |");
}
Console.WriteLine();
Console.WriteLine(misses.Count == 0 ? "No run missed its expectation." : $"{misses.Count} runs missed their expectation:");
foreach (var m in misses)
    Console.WriteLine("  " + m);
