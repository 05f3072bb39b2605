using System.Globalization;
using DevSim.Engine.Analysis;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Output;

/// <summary>
/// Progress of analyze's stability-limit searches: a line on standard error before each simulation (a search runs a
/// dozen or more, each taking seconds), so standard output stays the table or JSON and a long analysis is never silent.
/// </summary>
internal sealed class LimitSearchLines(TextWriter error) : IProgress<LimitSearchStep>
{
    private readonly Lock _gate = new();

    /// <inheritdoc/>
    public void Report(LimitSearchStep value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var known = double.IsPositiveInfinity(value.Upper)
            ? string.Create(CultureInfo.InvariantCulture, $"overloaded at {value.Lower:0.###}, nothing stable yet")
            : string.Create(CultureInfo.InvariantCulture, $"limit between {value.Lower:0.###} and {value.Upper:0.###} so far");
        var line = string.Create(CultureInfo.InvariantCulture,
            $"analyze: {value.Policy.Name()} limit, simulation {value.Simulation} at interarrival {value.Interarrival:0.###} ({known})");
        lock (_gate)
            error.WriteLine(line);
    }
}
