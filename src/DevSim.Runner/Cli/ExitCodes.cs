namespace DevSim.Runner.Cli;

/// <summary>The exit codes of devsim; scripts read them.</summary>
internal static class ExitCodes
{
    /// <summary>Done (an unstable, overloaded system is a result, and exits 0 too).</summary>
    public const int Success = 0;

    /// <summary>Something went wrong inside devsim itself.</summary>
    public const int InternalError = 1;

    /// <summary>
    /// Bad input (a scenario file, an experiment file or a command-line argument), a value beyond a stated
    /// limit, or a file or folder the machine refused (a missing or read-only place, a full disk): one line
    /// naming the option, file or path and the reason.
    /// </summary>
    public const int BadInput = 2;

    /// <summary>Merge found cells missing (nothing written): run the sweep again to fill them, or merge with --allow-partial.</summary>
    public const int Incomplete = 3;

    /// <summary>Stopped on request before it finished (a run cancelled from the workbench); the shell's convention for an interrupt.</summary>
    public const int Cancelled = 130;
}
