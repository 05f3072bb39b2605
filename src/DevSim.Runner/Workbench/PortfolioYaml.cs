using System.Text;

namespace DevSim.Runner.Workbench;

/// <summary>
/// Writes a <see cref="PortfolioDraft"/> as a portfolio file that <c>devsim portfolio FILE</c> reads unchanged: names
/// quoted, numbers as themselves when they are numbers (else quoted, for the reader to name), an empty field left out,
/// and a type's inline process indented under its <c>process:</c> key as typed.
/// </summary>
internal static class PortfolioYaml
{
    /// <summary>The draft as YAML text.</summary>
    public static string Write(PortfolioDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var y = new StringBuilder();
        y.Append("# Written by the DevSim workbench (devsim serve).\n");
        Optional(y, "", "name", draft.Name, ScenarioYaml.Quote);
        Optional(y, "", "discipline", draft.Discipline, ScenarioYaml.Quote);
        Optional(y, "", "wip-cap", draft.WipCap, ScenarioYaml.Number);
        if (draft.Resources.Count > 0)
        {
            y.Append("resources:\n");
            foreach (var r in draft.Resources)
                y.Append("  - { name: ").Append(ScenarioYaml.Quote(r.Name)).Append(", capacity: ").Append(ScenarioYaml.Number(r.Capacity)).Append(" }\n");
        }
        y.Append(draft.Types.Count > 0 ? "types:\n" : "types: []\n");
        foreach (var t in draft.Types)
        {
            y.Append("  - name: ").Append(ScenarioYaml.Quote(t.Name)).Append('\n');
            const string In = "    ";
            if (t.Scenario.Trim().Length > 0 || t.Process.Trim().Length == 0)
                y.Append(In).Append("scenario: ").Append(ScenarioYaml.Quote(t.Scenario.Trim())).Append('\n');
            else
            {
                y.Append(In).Append("process:\n");
                foreach (var line in t.Process.Replace("\r", "", StringComparison.Ordinal).TrimEnd().Split('\n'))
                    y.Append(line.Length == 0 ? "" : In + "  " + line).Append('\n');
            }
            Optional(y, In, "policy", t.Policy, ScenarioYaml.Quote);
            y.Append(In).Append("arrivals: { ").Append(ScenarioYaml.Quote(t.Arrivals is { Length: > 0 } kind ? kind : "interarrival")).Append(": ")
                .Append(ScenarioYaml.Number(t.Every)).Append(" }\n");
            Optional(y, In, "priority", t.Priority, ScenarioYaml.Number);
            Optional(y, In, "due-allowance", t.DueAllowance, ScenarioYaml.Number);
            Optional(y, In, "wip-cap", t.WipCap, ScenarioYaml.Number);
            if (t.Sequence.Trim().Length > 0)
                y.Append(In).Append("sequence: [").AppendJoin(", ", t.Sequence.Split(',').Select(ScenarioYaml.Number)).Append("]\n");
            if (t.Resources.Count > 0)
            {
                y.Append(In).Append("resources: { ")
                    .AppendJoin(", ", t.Resources.Select(p => $"{ScenarioYaml.Quote(p.Key)}: {ScenarioYaml.Quote(p.Value)}")).Append(" }\n");
            }
        }
        return y.ToString();
    }

    private static void Optional(StringBuilder y, string indent, string key, string value, Func<string, string> write)
    {
        if (value.Trim().Length > 0)
            y.Append(indent).Append(key).Append(": ").Append(write(value.Trim())).Append('\n');
    }
}
