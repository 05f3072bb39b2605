using System.CommandLine;

namespace DevSim.Runner.Workbench;

/// <summary>
/// One kind of run the workbench offers (evaluate, simulate; later portfolio, capacity...): which command of the command
/// line it runs, which of that command's options its form shows, what the server adds (JSON output, figures into the
/// run's own folder), and which files it leaves for download. The form is built from the command's own options, so the
/// names, help and defaults are the command line's.
/// </summary>
internal interface IRunKind
{
    /// <summary>The command's name, also the kind's name in the page and the API.</summary>
    string Name { get; }

    /// <summary>What a run of this kind answers, for the page.</summary>
    string Title { get; }

    /// <summary>What the command runs on: the scenario being edited (the default), the portfolio, or either.</summary>
    RunSubject Subject => RunSubject.Scenario;

    /// <summary>The command itself (its options give the form).</summary>
    Command CreateCommand(Cli.CommandContext context);

    /// <summary>The flags the form offers, in the order shown; every other flag is refused.</summary>
    IReadOnlyList<string> Flags { get; }

    /// <summary>The values a flag takes where the command accepts only a few (shown as a list); the readings' are known to every kind.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; }

    /// <summary>A sentence why <paramref name="value"/> of <paramref name="flag"/> cannot be used from the browser (it would name a server path), or null.</summary>
    string? Refusal(string flag, string value);

    /// <summary>The arguments the server adds: JSON on standard output, figures and data into <paramref name="folder"/> (the run's own).</summary>
    IReadOnlyList<string> ServerArguments(string folder);

    /// <summary>Writes files the command itself does not (a CSV of the JSON's tables) into <paramref name="folder"/>.</summary>
    void WriteExtras(string folder, System.Text.Json.JsonElement report);
}

/// <summary>What a kind of run takes as its file argument.</summary>
internal enum RunSubject
{
    /// <summary>A scenario (the editor's).</summary>
    Scenario,

    /// <summary>A portfolio (the portfolio editor's).</summary>
    Portfolio,

    /// <summary>Either, as the page chooses (<c>capacity</c>).</summary>
    Either,
}
