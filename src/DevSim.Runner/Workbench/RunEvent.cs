namespace DevSim.Runner.Workbench;

/// <summary>
/// One line of a run's answer stream (newline-delimited JSON): <c>queued</c> with its place, <c>started</c>,
/// <c>progress</c> with the share done, then <c>finished</c> with the run or <c>failed</c> with the command line's
/// error lines.
/// </summary>
internal sealed record RunEvent(string Event)
{
    /// <summary>The place in the queue (1: next), for <c>queued</c>.</summary>
    public int? Place { get; init; }

    /// <summary>The share done, 0 to 1, for <c>progress</c>.</summary>
    public double? Done { get; init; }

    /// <summary>The finished run.</summary>
    public RunRecord? Run { get; init; }

    /// <summary>What went wrong, as the command line prints it.</summary>
    public IReadOnlyList<string>? Lines { get; init; }
}
