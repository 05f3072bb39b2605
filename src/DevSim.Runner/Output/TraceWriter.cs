using System.Globalization;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Output;

/// <summary>
/// Writes every execution of a replication as CSV rows: project, task, resource, amount, queued, start, end;
/// for a portfolio (<paramref name="typeNames"/> given) a type column follows the project.
/// </summary>
internal sealed class TraceWriter(TextWriter writer, IReadOnlyList<string> resourceNames, IReadOnlyList<string>? typeNames = null) : IExecutionObserver
{
    public const string Header = "project,task,resource,amount,queued,start,end";

    /// <summary>The header of a portfolio's trace.</summary>
    public const string TypedHeader = "project,type,task,resource,amount,queued,start,end";

    public void OnExecution(in ExecutionRecord r) =>
        writer.WriteLine(typeNames is null
            ? string.Create(CultureInfo.InvariantCulture,
                $"{r.Project},{r.Task},{Csv(resourceNames[r.Resource])},{r.Amount:R},{r.Queued:R},{r.Start:R},{r.End:R}")
            : string.Create(CultureInfo.InvariantCulture,
                $"{r.Project},{Csv(typeNames[r.Type])},{r.Task},{Csv(resourceNames[r.Resource])},{r.Amount:R},{r.Queued:R},{r.Start:R},{r.End:R}"));

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
