using System.CommandLine;
using DevSim.Engine;
using DevSim.Runner.Commands;
using Spectre.Console;

namespace DevSim.Runner.Cli;

/// <summary>The devsim program: its commands, and how errors become exit codes.</summary>
internal static class DevSimApp
{
    /// <summary>Runs devsim with <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where tables and JSON go.</param>
    /// <param name="error">Where warnings and errors go.</param>
    /// <param name="host">Adjusts the commands' context when devsim runs in-process for another host (the workbench:
    /// a scenario held in memory, cancellation, progress); null on the command line.</param>
    /// <param name="width">Lay tables out for a console this many columns wide (tests); null: the terminal's, or 160 when redirected.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<CommandContext, CommandContext>? host = null, int? width = null)
    {
        // Files and pipes get plain text, wide enough not to wrap; terminals get colours and progress bars.
        var redirected = output != Console.Out || Console.IsOutputRedirected;
        output = new NamedWriter(output, "standard output");
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (width is { } columns)
            console.Profile.Width = columns;
        else if (redirected)
            console.Profile.Width = 160;
        var context = new CommandContext(console, output, error);
        if (host is not null)
            context = host(context);
        var root = Commands(context);

        var parse = root.Parse(HelpVerb.Rewrite(args, root));
        // "devsim foo" also says "Required command was not provided", which only confuses beside the unknown word.
        var problems = parse.Errors.Count > 0 ? UnknownWords.Problems(parse, root) : PathWords.Problems(parse);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                error.WriteLine($"devsim: {problem}");
            error.WriteLine(HelpLine(parse, root));
            return ExitCodes.BadInput;
        }
        try
        {
            OutputFolders.Check(parse);
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            error.WriteLine("devsim: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (UserLines(e) is { } lines)
        {
            foreach (var line in lines)
                error.WriteLine($"devsim: {line}");
            // A usage error (an option's value the command refused once it ran) ends as the parser's own do.
            if (lines.Any(NamesAnOption))
                error.WriteLine(HelpLine(parse, root));
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("DEVSIM_DEBUG") is null)
        {
            error.WriteLine($"devsim: internal error: {e.Message} (set DEVSIM_DEBUG=1 for the stack trace)");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The root command with every devsim command, each bound to <paramref name="context"/>; the tests parse documented command lines with it.</summary>
    internal static RootCommand Commands(CommandContext context) =>
        new("DevSim: simulate product-development projects whose design tasks rework each other " +
            "while they compete for shared resources (Kang & Hong 2007).")
        {
            EvaluateCommand.Create(context),
            SimulateCommand.Create(context),
            OptimizeCommand.Create(context),
            ReplayCommand.Create(context),
            SweepCommand.Create(context),
            MergeCommand.Create(context),
            PlotCommand.Create(context),
            StaffCommand.Create(context),
            AnalyzeCommand.Create(context),
            SensitivityCommand.Create(context),
            ServeCommand.Create(context),
            PortfolioCommand.Create(context),
            CapacityCommand.Create(context),
        };

    /// <summary>"Try 'devsim X --help'." for the command <paramref name="parse"/> reached.</summary>
    private static string HelpLine(ParseResult parse, RootCommand root)
    {
        var verb = parse.CommandResult.Command == root ? "" : parse.CommandResult.Command.Name + " ";
        return $"Try 'devsim {verb}--help'.";
    }

    /// <summary>Whether an error line is about an option's value ("--reps: ...", "--projects, --reps: ..."), not a file's content.</summary>
    private static bool NamesAnOption(string line) => line.StartsWith("--", StringComparison.Ordinal);

    /// <summary>
    /// The lines to print for a failure that is the user's input or the machine's environment (exit 2),
    /// or null for DevSim's own bug (exit 1). A failure on a worker thread may arrive wrapped in an
    /// AggregateException; its first inner failure decides.
    /// </summary>
    internal static IReadOnlyList<string>? UserLines(Exception e)
    {
        if (e is AggregateException { InnerExceptions.Count: > 0 } many)
            e = many.Flatten().InnerExceptions[0];
        return e switch
        {
            UserErrorException user => user.Lines,
            EnvironmentErrorException environment => [environment.Message],
            // A file or folder the machine refused somewhere no command wraps: still the environment, not a bug.
            IOException or UnauthorizedAccessException => [e.Message.Trim()],
            ReworkDivergenceException rework => [rework.Message],
            _ => null,
        };
    }
}
