using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DevSim.Runner.Tests.Workbench;

/// <summary>Runs started from the workbench: the command line's numbers, its messages, its limits, and no server path from the browser.</summary>
public class WorkbenchRunTests
{
    private static readonly Dictionary<string, string> Small = new()
    {
        ["--interarrival"] = "16",
        ["--seed"] = "3",
        ["--projects"] = "1500",
        ["--reps"] = "3",
    };

    [Fact]
    public async Task A_simulate_run_with_a_seed_gives_the_command_lines_report_for_the_downloaded_file()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var draft = Drafts.Edit(await host.DraftAsync()).WithCell("probability", 3, 2, "0.5");
        var events = await host.RunAsync("simulate", draft, Small);
        var finished = events.Single(e => e.GetProperty("event").GetString() == "finished").GetProperty("run");
        Assert.Contains(events, e => e.GetProperty("event").GetString() == "progress");
        Assert.Equal(["simulate", "optical-mouse.yaml", "--interarrival", "16", "--seed", "3", "--projects", "1500", "--reps", "3"],
            finished.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()));

        var yaml = (await host.CheckAsync(draft)).GetProperty("yaml").GetString()!;
        var file = CliRun.TempFile(yaml);
        try
        {
            var cli = CliRun.Of(["simulate", file, .. Small.SelectMany(o => new[] { o.Key, o.Value }), "--format", "json"]);
            Assert.Equal(0, cli.ExitCode);
            Assert.Equal(WithoutClock(JsonNode.Parse(cli.Output)!), WithoutClock(JsonNode.Parse(finished.GetProperty("report").GetRawText())!));
            var mean = finished.GetProperty("report").GetProperty("duration").GetProperty("mean").GetDouble();
            Assert.Equal(JsonDocument.Parse(cli.Output).RootElement.GetProperty("duration").GetProperty("mean").GetDouble(), mean);
        }
        finally
        {
            File.Delete(file);
        }
        var files = finished.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "duration-histogram.svg", "duration-histogram.png", "duration-histogram.csv", "utilisation.svg", "queue.svg", "resources.csv", "timeline.svg", "timeline.png", "report.json" }, files.ToHashSet());
        using var svg = await host.Client.GetAsync($"api/runs/{finished.GetProperty("id").GetString()}/files/duration-histogram.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<?xml", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_evaluate_run_gives_the_command_lines_numbers_and_a_csv_of_its_tasks()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var options = new Dictionary<string, string> { ["--reps"] = "4000", ["--seed"] = "9", ["--sequence"] = "1,6,8,3,9,7,4,5,2" };
        var finished = (await host.RunAsync("evaluate", await host.DraftAsync(), options)).Single(e => e.GetProperty("event").GetString() == "finished").GetProperty("run");
        var cli = CliRun.Of(["evaluate", "optical-mouse", .. options.SelectMany(o => new[] { o.Key, o.Value }), "--format", "json"]);
        Assert.Equal(WithoutClock(JsonNode.Parse(cli.Output)!), WithoutClock(JsonNode.Parse(finished.GetProperty("report").GetRawText())!));
        var csv = await host.Client.GetStringAsync($"api/runs/{finished.GetProperty("id").GetString()}/files/tasks.csv");
        Assert.StartsWith("id,name,executions,rework_time", csv, StringComparison.Ordinal);
        Assert.Equal(10, csv.Trim().Split('\n').Length);
    }

    [Fact]
    public async Task An_optimize_run_gives_the_command_lines_search_and_a_csv_of_the_leaders()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var options = new Dictionary<string, string>
        {
            ["--seed"] = "4",
            ["--populations"] = "2",
            ["--population-size"] = "20",
            ["--max-generations"] = "4",
            ["--reps"] = "40",
            ["--race-reps"] = "200",
            ["--final-reps"] = "500",
            ["--top"] = "3",
        };
        var finished = (await host.RunAsync("optimize", await host.DraftAsync(), options)).Single(e => e.GetProperty("event").GetString() == "finished").GetProperty("run");
        var cli = CliRun.Of(["optimize", "optical-mouse", .. options.SelectMany(o => new[] { o.Key, o.Value }), "--format", "json"]);
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(WithoutClock(JsonNode.Parse(cli.Output)!), WithoutClock(JsonNode.Parse(finished.GetProperty("report").GetRawText())!));
        var csv = await host.Client.GetStringAsync($"api/runs/{finished.GetProperty("id").GetString()}/files/top.csv");
        Assert.Equal(4, csv.Trim().Split('\n').Length);
    }

    [Fact]
    public async Task An_analyze_run_gives_the_command_lines_limits_and_leaves_its_tables_and_figures()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var options = new Dictionary<string, string>
        {
            ["--policy"] = "static,dynamic",
            ["--interarrival"] = "16",
            ["--reps"] = "2000",
            ["--projects"] = "1500",
            ["--sim-reps"] = "2",
            ["--tolerance"] = "0.1",
            ["--seed"] = "5",
        };
        var finished = (await host.RunAsync("analyze", await host.DraftAsync(), options)).Single(e => e.GetProperty("event").GetString() == "finished").GetProperty("run");
        var cli = CliRun.Of(["analyze", "optical-mouse", .. options.SelectMany(o => new[] { o.Key, o.Value }), "--format", "json"]);
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(WithoutClockOrFiles(JsonNode.Parse(cli.Output)!), WithoutClockOrFiles(JsonNode.Parse(finished.GetProperty("report").GetRawText())!));
        Assert.Equal(2, finished.GetProperty("report").GetProperty("limits").GetArrayLength());
        var files = finished.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "resources.csv", "limits.csv", "couplings.csv", "resource-limits.svg", "resource-limits.png", "offered-load.svg" }, files);
    }

    [Fact]
    public async Task A_sensitivity_run_gives_the_command_lines_ranking_and_leaves_its_matrix_and_heatmap()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var options = new Dictionary<string, string> { ["--reps"] = "3000", ["--reduce"] = "20%", ["--top"] = "4", ["--seed"] = "5" };
        var events = await host.RunAsync("sensitivity", await host.DraftAsync(), options);
        var finished = events.Single(e => e.GetProperty("event").GetString() == "finished").GetProperty("run");
        Assert.Contains(events, e => e.GetProperty("event").GetString() == "progress");
        var cli = CliRun.Of(["sensitivity", "optical-mouse", .. options.SelectMany(o => new[] { o.Key, o.Value }), "--format", "json"]);
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(WithoutClockOrFiles(JsonNode.Parse(cli.Output)!), WithoutClockOrFiles(JsonNode.Parse(finished.GetProperty("report").GetRawText())!));
        var files = finished.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "sensitivity.csv", "matrix.csv", "matrix.svg", "matrix.png" }, files);
    }

    [Theory]
    [InlineData("analyze", "--policy=dynamic --projects=200000 --sim-reps=100 --tolerance=0.001")]
    [InlineData("sensitivity", "--interarrival=16 --projects=20000 --reps=400")]
    [InlineData("sensitivity", "--reps=5000000")]
    public async Task A_user_who_leaves_an_analysis_stops_it_and_leaves_nothing_behind(string kind, string words)
    {
        await using var host = await WorkbenchHost.StartAsync(maxRuns: 1);
        // Minutes of work at least: only cancellation can end it within the bound below.
        var options = words.Split(' ').Select(w => w.Split('=')).ToDictionary(p => p[0], p => p[1]);
        using (var run = await host.OpenRunAsync(kind, await host.DraftAsync(), options))
            Assert.NotNull(await run.UntilAsync("started", TimeSpan.FromSeconds(30)));
        Assert.True(await host.IdleWithinAsync(TimeSpan.FromSeconds(30)), $"the {kind} run of a user who left is still working");
        Assert.Equal(0, host.Runs.Store.Count);
        Assert.Empty(Directory.GetDirectories(host.Runs.Store.Root));
    }

    [Theory]
    [InlineData("--trace", "trace.csv", "--trace: not offered by the workbench's simulate, which sets the output, figures and threads itself and never names a file on the server")]
    [InlineData("--plot", "/tmp", "--plot: not offered by the workbench's simulate, which sets the output, figures and threads itself and never names a file on the server")]
    [InlineData("--arrivals", "/etc/passwd", "--arrivals: '/etc/passwd' is not one of poisson, fixed (an arrivals file cannot be named from the workbench)")]
    public async Task Options_that_name_server_paths_are_refused_before_anything_runs(string flag, string value, string line)
    {
        await using var host = await WorkbenchHost.StartAsync();
        var response = Assert.Single(await host.RunAsync("simulate", await host.DraftAsync(), new Dictionary<string, string>(Small) { [flag] = value }));
        Assert.Equal([line], response.GetProperty("lines").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(0, host.Runs.Store.Count);
    }

    [Theory]
    // A name without its -- once got "not offered ... (options that name files on the server never are)", which sent a
    // script's author looking for a file where there was none.
    [InlineData("reps", "reps: an option's name starts with --: '--reps'")]
    [InlineData("-seed", "-seed: an option's name starts with --: '--seed'")]
    [InlineData("--rep", "--rep: not an option of the workbench's simulate; did you mean '--reps'?")]
    [InlineData("--bogus", "--bogus: not an option of the workbench's simulate (it takes --interarrival, --policy, --sequence, --arrivals, --projects, ")]
    [InlineData("--threads", "--threads: not offered by the workbench's simulate, which sets the output, figures and threads itself")]
    public async Task An_option_the_run_does_not_take_is_refused_saying_what_is_wrong(string flag, string line)
    {
        await using var host = await WorkbenchHost.StartAsync();
        var response = Assert.Single(await host.RunAsync("simulate", await host.DraftAsync(), new Dictionary<string, string>(Small) { [flag] = "3" }));
        Assert.StartsWith(line, Assert.Single(response.GetProperty("lines").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Equal(0, host.Runs.Store.Count);
    }

    [Fact]
    public async Task A_failing_run_shows_the_command_lines_error_and_the_server_keeps_serving()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var mouse = await host.DraftAsync();
        var noRate = new Dictionary<string, string>(Small);
        noRate.Remove("--interarrival");
        var failed = (await host.RunAsync("simulate", mouse, noRate)).Single(e => e.GetProperty("event").GetString() == "failed");
        // The command line's lines, the help line after an option's problem included (as after the parser's own refusals).
        Assert.Equal(["devsim: --interarrival: required with --arrivals poisson (the mean time between project arrivals, in days)", "Try 'devsim simulate --help'."],
            failed.GetProperty("lines").EnumerateArray().Select(l => l.GetString()));
        var badValue = (await host.RunAsync("simulate", mouse, new Dictionary<string, string>(Small) { ["--reps"] = "zero" }))
            .Single(e => e.GetProperty("event").GetString() == "failed");
        Assert.StartsWith("devsim: --reps:", badValue.GetProperty("lines")[0].GetString(), StringComparison.Ordinal);

        Assert.Contains(await host.RunAsync("simulate", mouse, Small), e => e.GetProperty("event").GetString() == "finished");
    }

    [Fact]
    public async Task Only_the_files_a_run_listed_are_served()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var id = (await host.RunAsync("evaluate", await host.DraftAsync(), new Dictionary<string, string> { ["--reps"] = "100" }))
            .Single(e => e.GetProperty("event").GetString() == "finished").GetProperty("run").GetProperty("id").GetString();
        foreach (var name in new[] { "..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "missing.svg" })
        {
            using var response = await host.Client.GetAsync($"api/runs/{id}/files/{name}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        using var unknown = await host.Client.GetAsync("api/runs/0123/files/report.json");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_run_waits_with_its_place_shown_and_a_disconnect_cancels_running_and_queued_runs()
    {
        await using var host = await WorkbenchHost.StartAsync(maxRuns: 1);
        var mouse = await host.DraftAsync();
        // 100 million projects: minutes of work on any machine, so only cancellation can end it within the bound below.
        var big = new Dictionary<string, string> { ["--interarrival"] = "16", ["--projects"] = "20000", ["--reps"] = "5000" };
        using (var first = await host.OpenRunAsync("simulate", mouse, big))
        {
            Assert.NotNull(await first.UntilAsync("started", TimeSpan.FromSeconds(30)));
            using (var second = await host.OpenRunAsync("simulate", mouse, Small))
            {
                var queued = await second.UntilAsync("queued", TimeSpan.FromSeconds(30));
                Assert.Equal(1, queued!.Value.GetProperty("place").GetInt32());
                Assert.Equal((1, 1), (host.Runs.Queue.Active, host.Runs.Queue.Waiting));
            }
        }
        Assert.True(await host.IdleWithinAsync(TimeSpan.FromSeconds(30)), "a disconnected run is still working or waiting");
        Assert.Equal(0, host.Runs.Store.Count);
        Assert.Empty(Directory.GetDirectories(host.Runs.Store.Root));
        // The slot came back: a new run starts at once.
        Assert.Contains(await host.RunAsync("simulate", mouse, Small), e => e.GetProperty("event").GetString() == "finished");
    }

    private static string WithoutClockOrFiles(JsonNode report)
    {
        report.AsObject().Remove("files"); // where the command line wrote them: the run's own folder on the server
        return WithoutClock(report);
    }

    private static string WithoutClock(JsonNode report)
    {
        report.AsObject().Remove("elapsedSeconds");
        return report.ToJsonString();
    }
}
