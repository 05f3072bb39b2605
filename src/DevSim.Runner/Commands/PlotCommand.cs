using System.CommandLine;
using DevSim.Runner.Cli;
using DevSim.Runner.Plots;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim plot</c>: redraws a merged sweep's figures from its results.json (and the per-resource CSV beside it).</summary>
internal static class PlotCommand
{
    public static Command Create(CommandContext context)
    {
        var results = new Argument<string>("results") { Description = "The results.json that devsim merge wrote (its NAME-utilisation.csv is read from beside it when present)." };
        var output = new Option<string?>("--out") { Description = "Folder for the figures [default: beside the JSON]." };
        var figures = FiguresOption.Create();
        var command = new Command("plot",
            "Redraw a merged sweep's figures from data: duration and waiting against interarrival per scenario (a curve per sequence and policy, " +
            "95% CI bands, overloaded stretches shaded) and utilisation per resource.")
        {
            results, output, figures,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(results);
            var (points, resources, experiment, projects) = SweepPlots.Read(path);
            var folder = parse.GetValue(output) ?? Path.GetDirectoryName(Path.GetFullPath(path))!;
            IReadOnlyList<string> written;
            try
            {
                written = SweepPlots.Write(points, resources, experiment, projects, folder, Path.GetFileNameWithoutExtension(path), FiguresOption.Get(parse, figures));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserErrorException($"--out: cannot write in '{folder}': {e.Message}");
            }
            var note = resources.Count == 0 ? $" (no {Path.GetFileName(SweepPlots.ResourcesPath(path))} beside it: no utilisation figures)" : "";
            context.Console.MarkupLine(Markup.Escape($"{written.Count} figure files in {folder}{note}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
