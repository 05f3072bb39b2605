using System.CommandLine;

namespace DevSim.Runner.Cli;

/// <summary><c>devsim help [verb]</c>: the same as <c>devsim [verb] --help</c>, as people coming from git or go expect.</summary>
internal static class HelpVerb
{
    public static string[] Rewrite(string[] args, RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(root);
        if (args.Length == 0 || args[0] != "help" || root.Subcommands.Any(c => c.Name == "help"))
            return args;
        return args.Length == 1 ? ["--help"] : [args[1], "--help"];
    }
}
