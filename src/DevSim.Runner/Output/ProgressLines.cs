namespace DevSim.Runner.Output;

/// <summary>
/// Progress of one long run (simulate's replications, evaluate's projects) as a line on standard error at each tenth
/// of the work done, so a long run piped or on a terminal is never silent and standard output stays a clean table or
/// JSON. Lines follow the work, not the clock, so how many appear does not depend on the machine's speed.
/// </summary>
/// <param name="error">Where the lines go.</param>
/// <param name="command">The command named on each line.</param>
/// <param name="describe">What a share of the work done means ("3/8 replications").</param>
internal sealed class ProgressLines(TextWriter error, string command, Func<double, string> describe) : IProgress<double>
{
    private readonly Lock _gate = new();
    private int _tenths;

    /// <summary>
    /// The progress a command reports to: the workbench's own when it runs the command, else lines on standard error
    /// when the work is large enough to take seconds (<paramref name="large"/>), else none.
    /// </summary>
    public static IProgress<double>? For(Cli.CommandContext context, bool large, string command, Func<double, string> describe) =>
        context.Progress ?? (large ? new ProgressLines(context.Error, command, describe) : null);

    /// <summary>Projects times replications from which a multi-project run tells its progress: a few seconds' work on two cores.</summary>
    public const long LargeRun = 500_000;

    /// <summary>
    /// <see cref="For"/> for a multi-project run (simulate, portfolio): lines counting its replications once it holds at least
    /// <see cref="LargeRun"/> projects in all.
    /// </summary>
    public static IProgress<double>? ForReplications(Cli.CommandContext context, Engine.Simulation.SimulationOptions options, string command) =>
        For(context, (long)options.Projects * options.Replications >= LargeRun, command,
            share => $"{Math.Round(share * options.Replications):0}/{options.Replications} replications");

    /// <inheritdoc/>
    public void Report(double value)
    {
        lock (_gate)
        {
            var tenths = (int)Math.Floor(Math.Clamp(value, 0, 1) * 10 + 1e-9);
            if (tenths <= _tenths)
                return;
            _tenths = tenths;
            error.WriteLine($"{command}: {describe(value)} done");
        }
    }
}
