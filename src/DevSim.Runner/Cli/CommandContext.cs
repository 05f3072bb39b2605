using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;
using Spectre.Console;

namespace DevSim.Runner.Cli;

/// <summary>
/// Where a command writes (a Spectre console for tables and progress, and the raw writers), where its scenario comes
/// from, and who may stop it or watch it: the command line keeps the defaults; the workbench (<c>devsim serve</c>) runs
/// the same commands in-process on a scenario held in memory, with its own cancellation and progress.
/// </summary>
internal sealed record CommandContext(IAnsiConsole Console, TextWriter Output, TextWriter Error)
{
    /// <summary>Turns the scenario argument into a scenario: a file or a built-in by default (<see cref="ScenarioSource.Load"/>).</summary>
    public Func<string, Scenario> LoadScenario { get; init; } = ScenarioSource.Load;

    /// <summary>Turns a portfolio command's file argument into a portfolio (<see cref="PortfolioFile.Load"/> by default).</summary>
    public Func<string, Portfolio> LoadPortfolio { get; init; } = PortfolioFile.Load;

    /// <summary>
    /// The portfolio a file argument holds, or null when it holds a scenario (<see cref="PortfolioFile.TryLoad"/> by
    /// default): <c>capacity</c> takes either.
    /// </summary>
    public Func<string, Portfolio?> TryLoadPortfolio { get; init; } = PortfolioFile.TryLoad;

    /// <summary>
    /// Told the engine's result behind a command's report (a <see cref="Engine.Simulation.SimulationResult"/> or
    /// <see cref="PortfolioResult"/>), for a host that keeps more than the report: the workbench pairs replications
    /// of two runs. Null on the command line.
    /// </summary>
    public Action<object>? Result { get; init; }

    /// <summary>Stops a command's long work (between replications); none on the command line.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Told the share of a command's main work done (0 to 1, from any thread), or null.</summary>
    public IProgress<double>? Progress { get; init; }
}
