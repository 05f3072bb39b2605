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
        if (args.Length == 1)
            return ["--help"];
        // An unknown verb alone, so that it is refused as one (with --help it would show the root's help and exit 0).
        return root.Subcommands.Any(c => c.Name == args[1]) ? [args[1], "--help"] : [args[1]];
    }
}
