using DevSim.Engine.Optimization;

namespace DevSim.Runner.Output;

/// <summary>
/// Progress where no bar can be drawn (output piped or redirected): one line on standard error each time the search
/// enters a new stage, so a long run is never silent and the output stays a clean table or JSON.
/// </summary>
internal sealed class StageLines(TextWriter error, string command) : IProgress<OptimizationProgress>
{
    private readonly Lock _gate = new();
    private string? _stage;

    public void Report(OptimizationProgress value)
    {
        lock (_gate)
        {
            if (value.Stage == _stage)
                return;
            _stage = value.Stage;
            var total = value.Total > 0 && value.Stage.Contains("pass", StringComparison.Ordinal) ? $" ({value.Total:N0} orders)" : "";
            error.WriteLine($"{command}: {value.Stage}{total}, {value.Evaluations:N0} evaluations so far");
        }
    }
}
