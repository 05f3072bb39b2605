using System.Net.Http.Json;
using System.Text.Json;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using MathNet.Numerics.Distributions;

namespace DevSim.Runner.Tests.Workbench;

/// <summary>The compare view's paired differences: known answers, and a plain reason whenever two runs do not pair.</summary>
public class WorkbenchCompareTests
{
    private static readonly Dictionary<string, string> Small = new() { ["--interarrival"] = "16", ["--seed"] = "3", ["--projects"] = "1500", ["--reps"] = "4" };

    [Fact]
    public async Task Two_runs_with_the_same_settings_differ_by_zero_with_a_zero_width_interval()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var mouse = await host.DraftAsync();
        var first = WorkbenchHost.Finished(await host.RunAsync("simulate", mouse, Small));
        var second = WorkbenchHost.Finished(await host.RunAsync("simulate", mouse, Small));
        var compared = await CompareAsync(host, first, second);
        Assert.True(compared.GetProperty("paired").GetBoolean());
        Assert.Equal(4, compared.GetProperty("rows").GetArrayLength());
        foreach (var row in compared.GetProperty("rows").EnumerateArray())
        {
            Assert.Equal(0.0, row.GetProperty("difference").GetDouble());
            Assert.Equal([0.0, 0.0], row.GetProperty("ci95").EnumerateArray().Select(v => v.GetDouble()));
        }
    }

    [Fact]
    public async Task Dynamic_against_static_on_the_mouse_is_the_mean_of_the_replications_differences_with_its_t_interval()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var mouse = await host.DraftAsync();
        var staticRun = WorkbenchHost.Finished(await host.RunAsync("simulate", mouse, Small));
        var dynamicRun = WorkbenchHost.Finished(await host.RunAsync("simulate", mouse, new Dictionary<string, string>(Small) { ["--policy"] = "dynamic" }));
        var row = (await CompareAsync(host, staticRun, dynamicRun)).GetProperty("rows")[0];
        Assert.Equal("mean duration", row.GetProperty("measure").GetString());

        // By hand: the engine's replication means for both policies, one difference per replication, a t interval on 3 degrees of freedom.
        var options = new SimulationOptions { Arrivals = new PoissonArrivals(16), Projects = 1500, Replications = 4, Seed = 3 };
        var simulator = new MultiProjectSimulator(ScenarioReader.LoadBuiltIn("optical-mouse"));
        var staticMeans = simulator.Run(options).Replications.Select(r => r.Duration.Mean).ToArray();
        var dynamicMeans = simulator.Run(options with { Policy = SequencingPolicy.Dynamic }).Replications.Select(r => r.Duration.Mean).ToArray();
        var d = dynamicMeans.Zip(staticMeans, (x, y) => x - y).ToArray();
        var mean = d.Average();
        var sd = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (d.Length - 1));
        var half = StudentT.InvCDF(0, 1, d.Length - 1, 0.975) * sd / Math.Sqrt(d.Length);
        Assert.Equal(mean, row.GetProperty("difference").GetDouble(), 1e-9);
        Assert.Equal(mean - half, row.GetProperty("ci95")[0].GetDouble(), 1e-9);
        Assert.Equal(mean + half, row.GetProperty("ci95")[1].GetDouble(), 1e-9);
        // The same difference as the two reports' means.
        static double Reported(JsonElement run) => run.GetProperty("report").GetProperty("duration").GetProperty("mean").GetDouble();
        Assert.Equal(Reported(dynamicRun) - Reported(staticRun), row.GetProperty("difference").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task Runs_that_do_not_share_seed_or_streams_are_not_paired_and_the_page_is_told_why()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var mouse = await host.DraftAsync();
        var seed3 = WorkbenchHost.Finished(await host.RunAsync("simulate", mouse, Small));
        var seed4 = WorkbenchHost.Finished(await host.RunAsync("simulate", mouse, new Dictionary<string, string>(Small) { ["--seed"] = "4" }));
        var fewer = WorkbenchHost.Finished(await host.RunAsync("simulate", mouse, new Dictionary<string, string>(Small) { ["--reps"] = "3" }));
        var portfolio = WorkbenchHost.Finished(await host.RunPortfolioAsync("portfolio", await host.PortfolioAsync(),
            new Dictionary<string, string> { ["--projects"] = "1500", ["--reps"] = "4", ["--seed"] = "3" }));
        var evaluate = WorkbenchHost.Finished(await host.RunAsync("evaluate", mouse, new Dictionary<string, string> { ["--reps"] = "100" }));
        foreach (var (other, reason) in new[]
        {
            (seed4, "different seeds (3 and 4)"), (fewer, "different replication counts (4 and 3)"),
            (portfolio, "the runs draw from different random streams"), (evaluate, "paired differences are computed for simulate and portfolio runs"),
        })
        {
            var compared = await CompareAsync(host, seed3, other);
            Assert.False(compared.GetProperty("paired").GetBoolean());
            Assert.Contains(reason, compared.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.Equal(0, compared.GetProperty("rows").GetArrayLength());
        }
    }

    private static async Task<JsonElement> CompareAsync(WorkbenchHost host, JsonElement first, JsonElement second) =>
        await host.Client.GetFromJsonAsync<JsonElement>($"api/compare?first={first.GetProperty("id").GetString()}&second={second.GetProperty("id").GetString()}");
}
