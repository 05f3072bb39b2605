using System.CommandLine;
using System.Text.Json;
using DevSim.Engine.Simulation;
using DevSim.Runner.Cli;
using DevSim.Runner.Commands;

namespace DevSim.Runner.Workbench;

/// <summary>
/// <c>devsim portfolio</c> from the workbench: the portfolio being edited, with the figures of <c>--plot</c> (duration
/// and on-time share by type, offered load by type) and the <c>--timeline</c> coloured by type written into the run's own folder.
/// </summary>
internal sealed class PortfolioRunKind : IRunKind
{
    public string Name => "portfolio";

    public string Title => "Portfolio: several kinds of project sharing one pool of people, per type and overall";

    public RunSubject Subject => RunSubject.Portfolio;

    public IReadOnlyList<string> Flags { get; } =
        ["--discipline", "--wip-cap", "--load-factor", "--projects", "--warmup", "--reps", "--seed", "--max-in-system"];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["--discipline"] = [.. QueueDisciplineRegistry.All],
    };

    public Command CreateCommand(CommandContext context) => PortfolioCommand.Create(context);

    public string? Refusal(string flag, string value) => null;

    public IReadOnlyList<string> ServerArguments(string folder) =>
        ["--format", "json", "--plot", folder, "--figures", "both", "--timeline", Path.Combine(folder, SimulateRunKind.TimelineFile)];

    public void WriteExtras(string folder, JsonElement report) { }
}
