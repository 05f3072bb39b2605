using System.CommandLine;
using System.Globalization;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Staffing;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim staff</c>: Chen &amp; Kim's (2013) staffing method on a team file.</summary>
internal static class StaffCommand
{
    public const string GraphFile = "relationship-model.svg";
    public const string JsonFile = "staffing.json";
    public const string ScenarioFile = "staffing.yaml";

    public static Command Create(CommandContext context)
    {
        var team = new Argument<string>("team") { Description = "A team file (YAML or JSON): skills, tasks with required levels, people with abilities." };
        var format = CommonOptions.Format();
        var output = new Option<string?>("--out") { Description = "Folder for relationship-model.svg (and .png) and staffing.json [default: results/staffing/<team name>]." };
        var scenario = new Option<string?>("--scenario")
        {
            Description = "Also write staffing.yaml: who staffs each resource of this scenario, for its tasks whose names match the team file's tasks. Append it to the scenario file.",
        };
        var command = new Command("staff",
            "Assign people to tasks with the FDM method of Chen & Kim (2013): FDM, ranks, ability order, difficulty, distance, the assignment " +
            "(flagging who needs help), the relationship model (drawn as SVG and PNG) and its conflict level; where the team file carries a paper's " +
            "printed tables, every value that differs from the equations.")
        {
            team, format, output, scenario,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(team);
            Team loaded;
            try
            {
                loaded = TeamReader.Parse(InputFiles.Read(path, "team"), path);
            }
            catch (TeamFileException e)
            {
                throw new UserErrorException([.. e.Lines]);
            }
            var target = parse.GetValue(scenario) is { } scenarioPath ? context.LoadScenario(scenarioPath) : null;
            var plan = FdmMethod.Compute(loaded);
            var differences = PublishedComparison.Differences(plan);
            // Checked before anything is written, so a bad --scenario leaves no files behind.
            var mapping = target is null ? null : ScenarioStaffing.For(target, plan);
            if (mapping is { Resources.Count: 0 })
                throw new UserErrorException($"{parse.GetValue(scenario)}: no task name matches a task of {path} ({string.Join(", ", loaded.Tasks.Select(t => t.Name))})");
            var folder = parse.GetValue(output) ?? DefaultFolder(loaded.Name);
            AtomicFile.Guard(folder, "cannot create the --out folder", () => Directory.CreateDirectory(folder));
            StaleFiles.Remove(folder);
            var files = new List<string> { Path.Combine(folder, GraphFile), Path.Combine(folder, JsonFile) };
            var png = FigureWriter.Write(folder, GraphFile, Graph(plan), FigureFormats.Both)[1];
            if (mapping is not null)
            {
                files.Add(Path.Combine(folder, ScenarioFile));
                AtomicFile.Write(files[^1], w => WriteMapping(w, mapping, path, target!.Name));
            }
            files.Add(png);
            var report = StaffReport.From(plan, differences, files);
            AtomicFile.Write(files[1], w => w.Write(Json.Serialize(report)));
            if (CommonOptions.ToFormat(parse.GetValue(format)) == OutputFormat.Json)
                context.Output.WriteLine(Json.Serialize(report));
            else
                StaffTables.Write(context.Console, plan, differences, mapping, files);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Figure Graph(StaffingPlan plan)
    {
        var taskOf = plan.Assignment.ToDictionary(a => a.Person, a => a, StringComparer.Ordinal);
        var nodes = plan.Team.People.Select(p => new RelationshipNode(p.Id,
            taskOf.TryGetValue(p.Id, out var a) ? $"{a.Task} ({a.Distance.ToString("+0;-0;0", CultureInfo.InvariantCulture)})" : "no task",
            p.Id == plan.Leader, taskOf.TryGetValue(p.Id, out var b) && b.NeedsHelp)).ToList();
        return new RelationshipChart($"Relationship model: {plan.Team.Name}",
            $"{plan.Edges.Count} edges of {plan.MaxEdges}; normal range {plan.NormalRange.From}-{plan.NormalRange.To}: conflict level {plan.ConflictLevel.ToString().ToLowerInvariant()}",
            nodes, [.. plan.Edges.Select(e => (e.From, e.To, e.Reason == "leader"))]).Render();
    }

    private static void WriteMapping(TextWriter w, ScenarioStaffing mapping, string teamPath, string scenarioName)
    {
        w.WriteLine($"# Written by devsim staff {teamPath}: who staffs each resource of scenario '{scenarioName}'.");
        w.WriteLine("# Append to the scenario file (cat staffing.yaml >> scenario.yaml); reports then name the people.");
        if (mapping.Unmatched.Count > 0)
            w.WriteLine($"# Tasks with no match in the team file: {string.Join(", ", mapping.Unmatched)}");
        w.WriteLine("staffing:");
        foreach (var (resource, person) in mapping.Resources)
            w.WriteLine($"  {Quote(resource)}: {Quote(person)}");
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// results/staffing/NAME, with every character of the team's name but letters, digits, '-' and '_'
    /// made '-': the name is a label, and "../../x" or "a/b" must not lead the files elsewhere.
    /// </summary>
    internal static string DefaultFolder(string teamName) =>
        Path.Combine("results", "staffing", string.Concat(teamName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')));
}
