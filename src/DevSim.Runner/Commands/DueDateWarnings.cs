using DevSim.Engine.Portfolios;
using DevSim.Runner.Output;

namespace DevSim.Runner.Commands;

/// <summary>
/// The warning a portfolio's reports give for each type whose due allowance is shorter than its shortest possible project:
/// none of its projects can be on time whatever the load, discipline or cap, so its on-time share of 0 says nothing about
/// the pool. The tables print these lines and the JSON carries the same text under <c>warnings</c>.
/// </summary>
internal static class DueDateWarnings
{
    /// <summary>One line per type of <paramref name="portfolio"/> whose due date cannot be met; empty when every one can.</summary>
    public static IReadOnlyList<string> Of(Portfolio portfolio) =>
        [.. portfolio.Types.Where(t => t.DueAllowance < t.Scenario.ShortestProject).Select(t =>
            $"{t.Name}: due {Numbers.F(t.DueAllowance!.Value, 1)} days after arrival, but its shortest possible project takes " +
            $"{Numbers.F(t.Scenario.ShortestProject, 1)} days (every task once at its shortest, no rework, no waiting): none can be on time; " +
            "lengthen its due-allowance")];
}
