using Spectre.Console;

namespace DevSim.Runner.Cli;

/// <summary>Where a command writes: a Spectre console for tables and progress, and the raw writers.</summary>
internal sealed record CommandContext(IAnsiConsole Console, TextWriter Output, TextWriter Error);
