using System.Globalization;
using DevSim.Runner.Output;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary>The tables of <c>devsim capacity</c>, for people: each fits 80 columns, so the brackets, the measure at their ends and the plan are tables of their own.</summary>
internal static class CapacityTables
{
    /// <summary>Where a planner told that a server more would make things worse reads why.</summary>
    public const string WorseServerSection = "docs/model.md#when-a-server-more-makes-projects-longer";

    public static void Write(IAnsiConsole console, CapacityReport r)
    {
        static string F(double? v, int d = 2) => v is { } x ? Numbers.F(x, d) : Numbers.NotComputed;
        var s = r.Settings;
        var portfolio = r.Portfolio;
        var label = portfolio is null ? "policy" : "discipline";
        var digits = portfolio?.OnTime is null ? 1 : 3;
        string End(CapacityReport.EndRow? e) => e is null
            ? "stability limit"
            : e.Overloaded ? "overloaded" : $"{(e.Type is null ? "" : e.Type + " ")}{Numbers.F(e.Mean, digits)} [{Numbers.F(e.Ci95[0], digits)}, {Numbers.F(e.Ci95[1], digits)}]";
        if (portfolio is null)
        {
            console.MarkupLine($"[bold]{Markup.Escape(r.Name)}[/], sequence {Numbers.Ids(r.Sequence ?? [])}");
        }
        else
        {
            console.MarkupLine($"[bold]{Markup.Escape(r.Name)}[/]: {portfolio.Types.Count} types, WIP cap " +
                $"{(portfolio.WipCap is { } cap ? cap.ToString(CultureInfo.InvariantCulture) : "none")}, {F(portfolio.ProjectsPerYear, 1)} projects a year at load factor 1");
            console.MarkupLine(Markup.Escape("each type on its own policy from the file: " + string.Join(", ", portfolio.Types.Select(t => $"{t.Name} {t.Policy}"))));
        }
        console.MarkupLine(Markup.Escape($"{s.Reps} replications of {s.Projects:N0} projects (warm-up {s.Warmup:N0}) per simulation, seed {r.Seed}, " +
            "one seed for every run (common random numbers)"));
        if (FewReplications.Note(s.Reps, "--sim-reps") is { } few)
            console.MarkupLine($"[yellow]{Markup.Escape(few)}[/]");
        if (r.Target is { } target)
        {
            var goal = portfolio?.OnTime is null
                ? $"{(portfolio is null ? "" : "every type's ")}{r.Measure} at most {F(target)} days; {(portfolio is null ? "a project alone" : "the slowest type alone")}: {F(r.Alone)} days"
                // As given: 0.999 rounded to two decimals would read as 1.00, a target no run can be sure to meet.
                : $"every type's on-time share at least {target.ToString(CultureInfo.InvariantCulture)}; the least alone: {F(r.Alone, 3)}";
            console.MarkupLine(Markup.Escape($"target: {goal}"));
            var rates = new Table().AddColumns(label, portfolio is null ? "projects per year" : "projects a year", portfolio is null ? "interarrival, days" : "load factor",
                "stopped", "runs");
            foreach (var column in rates.Columns.Skip(1).Take(2).Append(rates.Columns[4]))
                column.RightAligned();
            // An unreachable target has no bracket: "none" with the reason below, never "not computed to not computed".
            string Bracket(CapacityReport.ResultRow x, CapacityReport.Range range, int d) =>
                x.Unreachable.Count > 0 ? "none (see below)" : $"{F(range.Lower, d)} to {F(range.Upper, d)}";
            foreach (var x in r.Results)
            {
                rates.AddTextRow(x.Discipline ?? x.Policy, Bracket(x, x.ProjectsPerYear, 1),
                    x.LoadFactor is { } factor ? Bracket(x, factor, 3) : Bracket(x, new CapacityReport.Range(x.Interarrival.Upper, x.Interarrival.Lower), 2),
                    x.StoppedBecause, x.Evaluations.ToString(CultureInfo.InvariantCulture));
            }
            console.Write(rates);
            foreach (var x in r.Results)
            {
                foreach (var u in x.Unreachable)
                    console.MarkupLine($"[red]{Markup.Escape($"{x.Discipline ?? x.Policy}: unreachable: {u.Reason}; {u.WhatToDo}")}[/]");
            }
            var ends = new Table().AddColumns(label, portfolio is null ? $"{r.Measure} met at" : "met at (worst type)", "missed at");
            foreach (var x in r.Results)
                ends.AddTextRow(x.Discipline ?? x.Policy, x.MetAt is null ? "never" : End(x.MetAt), End(x.MissedAt));
            console.Write(ends);
            // "Met" is the mean's verdict; where the met end's CI still reaches past the target the planner should know the
            // lower rate is not yet shown to meet it.
            var atLeast = portfolio?.OnTime is not null;
            foreach (var x in r.Results.Where(x => x.MetAt is { Overloaded: false } e && (atLeast ? e.Ci95[0] < target : e.Ci95[1] > target)))
            {
                console.MarkupLine(Markup.Escape($"{x.Discipline ?? x.Policy}: met by the mean only; the met end's 95% CI " +
                    $"{Numbers.Ci(x.MetAt!.Ci95[0], x.MetAt.Ci95[1], digits)} reaches past the target {F(target, digits)}: plan below the bracket, or give more --sim-reps"));
            }
            if (portfolio is not null)
            {
                var types = new Table().AddColumns("discipline", "type", "policy", "projects a year");
                types.Columns[3].RightAligned();
                foreach (var x in r.Results)
                {
                    // Two decimals: a platform a year at load factor 0.69 is 0.69, which one decimal showed as "0.7 to 0.7".
                    foreach (var t in x.Types ?? [])
                        types.AddTextRow(x.Discipline ?? "", t.Name, t.Policy, Bracket(x, t.ProjectsPerYear, 2));
                }
                console.Write(types);
            }
            // Only the reasons the table shows: a legend of every code read as if the search had stopped for all of them.
            var stops = new Dictionary<string, string>
            {
                ["tolerance"] = $"the bracket is within {s.Tolerance:P2}",
                ["replications"] = "the CIs at both ends hold the target: more --sim-reps, not more bisection, would narrow it",
                ["step-limit"] = $"--max-evaluations {s.MaxEvaluations} reached",
                ["unreachable"] = portfolio is null ? "a project alone misses the target" : "some type alone misses it",
            };
            var shown = r.Results.Select(x => x.StoppedBecause).Distinct().Where(stops.ContainsKey).Select(k => $"{k}: {stops[k]}");
            console.MarkupLine(Markup.Escape($"Projects per year = 365 / mean interarrival{(portfolio is null ? "" : ", all types together, each type's rate times the load factor")}. " +
                $"Plan on the lower rate: it met the target in simulation; CIs are 95% over replications. Why the search stopped: {string.Join("; ", shown)}."));
        }
        // The file's unmeetable due dates, unless an unreachable line above already names the type.
        var named = r.Results.SelectMany(x => x.Unreachable).Select(u => u.Type).OfType<string>().ToHashSet();
        foreach (var warning in r.Warnings.Where(w => !named.Any(t => w.StartsWith(t + ":", StringComparison.Ordinal))))
            console.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");
        if (r.Plan is { Count: > 0 } plan)
            WritePlan(console, r, plan, label);
        foreach (var end in r.PlanEnds)
            console.MarkupLine(Markup.Escape($"{end.Discipline ?? end.Policy}: {PlanEnd(end, r.Target ?? double.NaN)}"));
        foreach (var file in r.Files)
            console.MarkupLine($"[grey]wrote {Markup.Escape(file)}[/]");
        console.MarkupLine($"[grey]{r.ElapsedSeconds:F2} s[/]");
    }

    private static void WritePlan(IAnsiConsole console, CapacityReport r, IReadOnlyList<CapacityReport.PlanRow> plan, string label)
    {
        var rate = plan[0].Objective == "rate";
        var onTime = plan[0].Objective == "on-time";
        var unit = rate ? "projects per year more" : onTime ? "on-time share more" : "days shorter";
        var at = r.Portfolio?.PlanLoadFactor is { } factor ? $"load factor {Numbers.F(factor, 2)}" : $"interarrival {(r.PlanInterarrival is { } ia ? Numbers.F(ia, 2) : Numbers.NotComputed)}";
        var load = rate ? "the sustainable rate" : onTime ? $"the least on-time share of any type at {at}, until every type reaches the target"
            : $"the {r.PlanMeasure}{(r.Portfolio is null ? "" : " of all types")} at {at}";
        var digits = onTime ? 3 : 2;
        console.MarkupLine(Markup.Escape($"where the next servers go, greedily, by {load}; gain in {unit}, 95% CI:"));
        var steps = new Table().AddColumns("step", label, "add a server to", "servers", "gain");
        foreach (var x in plan)
        {
            steps.AddTextRow(x.Step.ToString(CultureInfo.InvariantCulture), x.Discipline ?? x.Policy, x.Resource, x.Capacity.ToString(CultureInfo.InvariantCulture),
                $"{Numbers.F(x.Gain.Mean, digits)} [{Numbers.F(x.Gain.Ci95[0], digits)}, {Numbers.F(x.Gain.Ci95[1], digits)}]{(x.Overloaded ? " *" : "")}");
        }
        console.Write(steps);
        if (plan.Any(x => x.Overloaded))
            console.MarkupLine(Markup.Escape("* from overload: the system before the step never settled at this load, so the gain is from runs that did not settle"));
        foreach (var x in plan.Where(x => x.TiedWith.Count > 0))
            console.MarkupLine(Markup.Escape($"step {x.Step} ({x.Discipline ?? x.Policy}): tied within the CI with {string.Join(", ", x.TiedWith)}"));
        // Only the winner is in the table; a server that would lengthen the projects (its whole CI below 0) is worth a line of its own,
        // since "where not to hire" is as much the planner's question as where to. A planner told so asks why: the line points to
        // the measured explanation, and for a scenario to what helped there, a sequence that causes less rework.
        var why = r.Portfolio is null
            ? $"why, and what to try first (a sequence from devsim optimize): {WorseServerSection}"
            : $"why: {WorseServerSection}";
        foreach (var x in plan)
        {
            // The rework it brings, paired as the gain is, is the first clue to why (more rework: fewer dynamic switches).
            var worse = x.Candidates.Where(c => c.Gain.Ci95[1] < 0).Select(c => $"{c.Resource} {Numbers.F(c.Gain.Mean, 2)} {Numbers.Ci(c.Gain.Ci95[0], c.Gain.Ci95[1], 2)}" +
                (c.ReworkChange is { } more ? $" (rework {(more.Mean > 0 ? "+" : "")}{Numbers.F(more.Mean, 2)} {Numbers.Ci(more.Ci95[0], more.Ci95[1], 2)} days a project)" : "")).ToList();
            if (worse.Count > 0)
                console.MarkupLine(Markup.Escape($"step {x.Step} ({x.Discipline ?? x.Policy}): a server more would make it worse at {string.Join(", ", worse)} (95% CI below 0); {why}"));
        }
        console.MarkupLine("[grey]every candidate of every step with its gain: gains.csv (--out) or plan[[]].candidates (--format json)[/]");
    }

    /// <summary>How an on-time plan ended, in words: met after how many servers, or still short (with the least share and its CI).</summary>
    private static string PlanEnd(CapacityReport.PlanEndRow end, double target)
    {
        var share = target.ToString(CultureInfo.InvariantCulture);
        var least = $"{Numbers.F(end.LeastOnTime.Mean, 3)} {Numbers.Ci(end.LeastOnTime.Ci95[0], end.LeastOnTime.Ci95[1], 3)}";
        return end.TargetMetAfter switch
        {
            0 => $"every type already reaches the on-time share {share} at this load (least {least}): no server needed",
            { } k => $"every type reaches the on-time share {share} after {k} server{(k == 1 ? "" : "s")} (least {least}); the plan stops there" +
                (end.LeastOnTime.Ci95[0] < target ? $"; met by the mean only, its CI reaching below {share}: give more --sim-reps to be sure" : ""),
            null => $"after {end.Steps} server{(end.Steps == 1 ? "" : "s")} the least on-time share is {least}, still short of {share}: add more (--add), or plan a lower load",
        };
    }
}
