using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>Queue disciplines as strategies: FIFO's tie rule, and a discipline of the tests' own run by the unchanged loop.</summary>
public class QueueDisciplineTests
{
    /// <summary>
    /// One task of fixed duration 1 on one server; four projects all arriving at time 0, so
    /// projects 1-3 request the server at the same instant, in arrival order, while project 0 holds it.
    /// </summary>
    private static double[] StartTimes<TDiscipline>()
        where TDiscipline : struct, IQueueDiscipline
    {
        var model = new ProcessModel(TestScenarios.Build([1], distribution: "fixed"));
        var log = new ExecutionLog();
        var options = new SimulationOptions { Arrivals = new TraceArrivals([0, 0, 0, 0]), Projects = 4, Warmup = 0, Replications = 1 };
        new MultiProjectRun<StaticPolicy, TDiscipline, NoRunObserver>(model).Run(options, [0], 0, log);
        return [.. Enumerable.Range(0, 4).Select(p => log.Records.Single(r => r.Project == p).Start)];
    }

    [Fact]
    public void Run_FifoWithRequestsAtTheSameTime_ServesThemInRequestOrder() =>
        Assert.Equal([0.0, 1, 2, 3], StartTimes<FifoDiscipline>());

    [Fact]
    public void Run_OwnDisciplineLifo_ServesTheLatestRequestFirst() =>
        Assert.Equal([0.0, 3, 2, 1], StartTimes<LifoDiscipline>());

    [Fact]
    public void Run_FifoThroughTheRegistry_SameNumbersAsTheExplicitRun()
    {
        var model = new ProcessModel(TestScenarios.Mouse);
        var sequence = model.ToIndices(TestScenarios.Mouse.DefaultSequence);
        var options = new SimulationOptions { Policy = SequencingPolicy.Dynamic, Arrivals = new PoissonArrivals(14), Projects = 2_000 };
        var viaRegistry = SequencingPolicyRegistry.CreateRun(SequencingPolicy.Dynamic, model).Run(options, sequence, 3, null);
        var explicitRun = new MultiProjectRun<DynamicPolicy, FifoDiscipline, NoRunObserver>(model).Run(options, sequence, 3, null);
        Assert.Equal(viaRegistry with { Resources = [], Diagnostics = null }, explicitRun with { Resources = [], Diagnostics = null });
        Assert.Equal(viaRegistry.Diagnostics!.DurationSeries.Means, explicitRun.Diagnostics!.DurationSeries.Means);
        Assert.Equal(viaRegistry.Resources, explicitRun.Resources);
    }
}
