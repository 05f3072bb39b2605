using System.Globalization;
using DevSim.Runner.Output;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary>The tables of <c>devsim capacity</c>, for people.</summary>
internal static class CapacityTables
{
    public static void Write(IAnsiConsole console, CapacityReport r)
    {
        static string F(double? v, int d = 2) => v is { } x ? Numbers.F(x, d) : "-";
        static string End(CapacityReport.EndRow? e) => e is null
            ? "stability limit"
            : e.Overloaded ? "overloaded" : $"{Numbers.F(e.Mean, 1)} [{Numbers.F(e.Ci95[0], 1)}, {Numbers.F(e.Ci95[1], 1)}]";
        var s = r.Settings;
        console.MarkupLine($"[bold]{Markup.Escape(r.Scenario)}[/], sequence {Numbers.Ids(r.Sequence)}");
        console.MarkupLine(Markup.Escape($"{s.Reps} replications of {s.Projects:N0} projects (warm-up {s.Warmup:N0}) per simulation, seed {r.Seed}, " +
            "one seed for every run (common random numbers)"));
        if (r.Target is { } target)
        {
            console.MarkupLine(Markup.Escape($"target: {r.Measure} at most {F(target)} days; a project alone: {F(r.Alone)} days"));
            var table = new Table().AddColumns("policy", "projects per year", "interarrival (days)", $"{r.Measure} met at", "missed at", "stopped", "runs");
            foreach (var column in table.Columns.Skip(1).Take(4))
                column.RightAligned();
            foreach (var x in r.Results)
            {
                table.AddTextRow(x.Policy, $"{F(x.ProjectsPerYear.Lower, 1)} to {F(x.ProjectsPerYear.Upper, 1)}",
                    $"{F(x.Interarrival.Upper)} to {F(x.Interarrival.Lower)}", x.MetAt is null ? "-" : End(x.MetAt), End(x.MissedAt), x.StoppedBecause,
                    x.Evaluations.ToString(CultureInfo.InvariantCulture));
            }
            console.Write(table);
            console.MarkupLine(Markup.Escape($"Projects per year = 365 / mean interarrival. Plan on the lower rate: it met the target in simulation; " +
                $"CIs are 95% over replications. Stopped: tolerance (bracket within {s.Tolerance:P2}), replications (the CIs at both ends hold the target: " +
                $"more --sim-reps, not more bisection), step-limit (--max-evaluations {s.MaxEvaluations}), unreachable (a project alone misses the target)."));
        }
        if (r.Plan is { Count: > 0 } plan)
        {
            var unit = plan[0].Objective == "rate" ? "projects per year more" : "days shorter";
            var load = plan[0].Objective == "rate" ? "the sustainable rate" : $"the {r.Measure} at interarrival {F(r.PlanInterarrival)}";
            console.MarkupLine(Markup.Escape($"where the next servers go, greedily, by {load}; gain in {unit}, 95% CI:"));
            var steps = new Table().AddColumns("step", "policy", "add a server to", "servers", "gain", "tied with (within the CI)");
            foreach (var x in plan)
            {
                steps.AddTextRow(x.Step.ToString(CultureInfo.InvariantCulture), x.Policy, x.Resource, x.Capacity.ToString(CultureInfo.InvariantCulture),
                    $"{Numbers.F(x.Gain.Mean, 2)} [{Numbers.F(x.Gain.Ci95[0], 2)}, {Numbers.F(x.Gain.Ci95[1], 2)}]{(x.Overloaded ? " (from overload)" : "")}",
                    x.TiedWith.Count == 0 ? "-" : string.Join(", ", x.TiedWith));
            }
            console.Write(steps);
        }
        foreach (var file in r.Files)
            console.MarkupLine($"[grey]wrote {Markup.Escape(file)}[/]");
        console.MarkupLine($"[grey]{r.ElapsedSeconds:F2} s[/]");
    }
}
