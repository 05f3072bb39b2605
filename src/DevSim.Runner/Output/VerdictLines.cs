using Spectre.Console;

namespace DevSim.Runner.Output;

/// <summary>The statistics' verdict as every command's table prints it: "Verdict: overloaded" in its colour, then each reason indented.</summary>
internal static class VerdictLines
{
    /// <summary>Writes <paramref name="verdict"/> (stable, finite, unsettled or overloaded) and its <paramref name="reasons"/>.</summary>
    public static void Write(IAnsiConsole console, string verdict, IEnumerable<string> reasons)
    {
        var colour = verdict switch { "stable" or "finite" => "green", "unsettled" => "yellow", _ => "red" };
        console.MarkupLine($"[{colour} bold]Verdict: {verdict}[/]");
        foreach (var reason in reasons)
            console.MarkupLine($"[{colour}]  - {Markup.Escape(reason)}[/]");
    }
}
