using DevSim.Engine.Rules;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>Statistics as observers: an extra observer sees what the standard statistics see and changes nothing.</summary>
public class RunObserverTests
{
    private static readonly ProcessModel Model = new(TestScenarios.Mouse);
    private static readonly int[] Sequence = Model.ToIndices(TestScenarios.Mouse.DefaultSequence);

    [Theory]
    [InlineData(SequencingPolicy.Static)]
    [InlineData(SequencingPolicy.Dynamic)]
    [InlineData(SequencingPolicy.ReworkAware)]
    public void Run_ExtraObserver_SeesEveryCompletionAndAgreesWithTheStatistics(SequencingPolicy policy)
    {
        var options = new SimulationOptions { Policy = policy, Arrivals = new PoissonArrivals(14), Projects = 3_000, Seed = 5 };
        var log = new CompletionRecorder.Log();
        var watched = SequencingPolicyRegistry.CreateRun(policy, Model, new CompletionRecorder(log)).Run(options, Sequence, 1, null);
        var plain = SequencingPolicyRegistry.CreateRun(policy, Model).Run(options, Sequence, 1, null);

        Assert.Equal(plain with { Resources = [], Diagnostics = null }, watched with { Resources = [], Diagnostics = null }); // watching changes nothing
        Assert.Equal(plain.Diagnostics!.DurationSeries.Means, watched.Diagnostics!.DurationSeries.Means);
        Assert.Equal(plain.Resources, watched.Resources);
        Assert.Equal(1, log.Begins);
        Assert.Equal(3_000, log.Completions.Count);
        Assert.Equal(Enumerable.Range(0, 3_000), log.Completions.Select(c => c.Project).Order());
        Assert.True(log.Completions.Zip(log.Completions.Skip(1)).All(p => p.First.Completion <= p.Second.Completion)); // in time order
        var counted = log.Completions.Where(c => c.Project >= options.EffectiveWarmup).ToList();
        Assert.Equal(watched.ProjectsCounted, counted.Count);
        Assert.Equal(watched.Duration.Mean, counted.Average(c => c.Duration), 1e-9);
        Assert.Equal(watched.Waiting, counted.Average(c => c.Waiting), 1e-9);
        Assert.Equal(watched.Rework, counted.Average(c => c.Rework), 1e-9);
        Assert.True(log.MostInSystem >= watched.InSystem);
    }
}
