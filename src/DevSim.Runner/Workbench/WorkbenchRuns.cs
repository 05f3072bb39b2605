using System.Text.Json;
using System.Threading.Channels;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;
using DevSim.Runner.Cli;

namespace DevSim.Runner.Workbench;

/// <summary>
/// Runs the command line's commands for the page: in-process, on the scenario being edited (never a file the browser
/// names), at most <see cref="RunQueue.Slots"/> at once, each bound to the request that started it: when the request
/// ends early (cancel, closed tab, lost connection) the run is cancelled, queued or working.
/// </summary>
internal sealed class WorkbenchRuns(RunQueue queue, RunStore store)
{
    /// <summary>The queue (for the status endpoint and tests).</summary>
    public RunQueue Queue => queue;

    /// <summary>The finished runs.</summary>
    public RunStore Store => store;

    /// <summary>A run checked and ready to start, on a scenario or a portfolio.</summary>
    public sealed record Prepared(IRunKind Kind, Scenario? Scenario, string FileName, IReadOnlyList<string> Arguments, Portfolio? Portfolio = null);

    /// <summary>Checks a request as the command line would check its words; the lines to show when it cannot run.</summary>
    public static (Prepared? Run, IReadOnlyList<string> Problems) Prepare(RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RunKinds.Find(request.Kind) is not { } kind)
            return (null, [$"'{request.Kind}' is not a kind of run here ({string.Join(", ", RunKinds.All.Select(k => k.Name))})"]);
        var onPortfolio = kind.Subject == RunSubject.Portfolio || (kind.Subject == RunSubject.Either && request.Portfolio is not null);
        if (onPortfolio ? request.Portfolio is null : request.Scenario is null)
        {
            return (null, [onPortfolio ? "no portfolio: open the example, upload a portfolio file or start a new one"
                : "no scenario: open a built-in one, upload a file or start a blank one"]);
        }
        if ((onPortfolio ? DraftNulls.In(request.Portfolio!) : DraftNulls.In(request.Scenario!)) is { } at)
            return (null, [DraftNulls.Line((onPortfolio ? "portfolio." : "scenario.") + at)]);
        var problems = new List<string>();
        var arguments = new List<string> { kind.Name, FileName(onPortfolio ? request.Portfolio!.FileName : request.Scenario!.FileName, onPortfolio) };
        foreach (var (flag, value) in request.Options ?? new Dictionary<string, string>())
        {
            var text = value?.Trim() ?? "";
            if (text.Length == 0)
                continue; // the command's default
            if (!kind.Flags.Contains(flag, StringComparer.Ordinal))
                problems.Add(RunKinds.Unoffered(kind, flag));
            else if (kind.Refusal(flag, text) is { } refusal)
                problems.Add(refusal);
            else
                arguments.AddRange([flag, text]);
        }
        if (onPortfolio)
        {
            var checkedPortfolio = PortfolioCheck.Of(request.Portfolio!);
            problems.AddRange(checkedPortfolio.Lines);
            return problems.Count > 0 ? (null, problems)
                : (new Prepared(kind, null, arguments[1], arguments, PortfolioCheck.Read(checkedPortfolio.Yaml, arguments[1])), []);
        }
        var check = DraftCheck.Of(request.Scenario!);
        if (!check.Valid)
            problems.AddRange(check.Lines);
        if (problems.Count > 0)
            return (null, problems);
        return (new Prepared(kind, ScenarioReader.Parse(check.Yaml, arguments[1]), arguments[1], arguments), []);
    }

    /// <summary>A file name only: whatever path a browser sends, only its last part names the scenario in messages.</summary>
    public static string FileName(string? name, bool portfolio = false)
    {
        var last = Path.GetFileName((name ?? "").Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(last) ? portfolio ? "portfolio.yaml" : "scenario.yaml" : last;
    }

    /// <summary>
    /// Queues, runs and reports <paramref name="run"/> as events on <paramref name="events"/>, completing it at the end;
    /// stops, leaving nothing behind, when <paramref name="aborted"/> is cancelled.
    /// </summary>
    public async Task RunAsync(Prepared run, ChannelWriter<RunEvent> events, CancellationToken aborted)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(events);
        try
        {
            using var slot = await queue.EnterAsync(place => events.TryWrite(new RunEvent("queued") { Place = place }), aborted).ConfigureAwait(false);
            events.TryWrite(new RunEvent("started"));
            var (id, folder) = store.NewFolder();
            var kept = false;
            try
            {
                var output = new StringWriter();
                var error = new StringWriter();
                var progress = new ThrottledProgress(done => events.TryWrite(new RunEvent("progress") { Done = done }));
                string[] arguments = [.. run.Arguments, .. run.Kind.ServerArguments(folder)];
                object? result = null;
                var code = await Task.Run(() => DevSimApp.Run(arguments, output, error, context => context with
                {
                    LoadScenario = _ => run.Scenario ?? throw new InvalidOperationException("a portfolio run asked for a scenario"),
                    LoadPortfolio = _ => run.Portfolio ?? throw new InvalidOperationException("a scenario run asked for a portfolio"),
                    TryLoadPortfolio = _ => run.Portfolio,
                    Result = r => result = r,
                    Cancellation = aborted,
                    Progress = progress,
                }), CancellationToken.None).ConfigureAwait(false);
                var errorLines = Lines(error.ToString());
                if (aborted.IsCancellationRequested)
                    return;
                if (code != ExitCodes.Success)
                {
                    events.TryWrite(new RunEvent("failed") { Lines = errorLines });
                    return;
                }
                var text = output.ToString();
                using var report = JsonDocument.Parse(text);
                await File.WriteAllTextAsync(Path.Combine(folder, "report.json"), text, CancellationToken.None).ConfigureAwait(false);
                run.Kind.WriteExtras(folder, report.RootElement);
                var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
                var record = new RunRecord(id, run.Kind.Name, run.FileName, run.Arguments, report.RootElement.Clone(), files!, errorLines)
                {
                    Folder = folder,
                    Sample = result is null ? null : ReplicationSample.Of(result),
                };
                store.Add(record);
                kept = true;
                events.TryWrite(new RunEvent("finished") { Run = record });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Whatever broke, this run says so and the server goes on serving the others.
                events.TryWrite(new RunEvent("failed") { Lines = [$"devsim: internal error: {e.Message}"] });
            }
            finally
            {
                if (!kept)
                    RunStore.Delete(folder);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // Cancelled while queued: nobody is listening any more.
        }
        finally
        {
            events.TryComplete();
        }
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Passes progress on at most once per percent, so a fast run does not flood the stream.</summary>
    private sealed class ThrottledProgress(Action<double> report) : IProgress<double>
    {
        private long _lastPercent = -1;

        public void Report(double value)
        {
            var percent = (long)Math.Floor(value * 100);
            var last = Interlocked.Read(ref _lastPercent);
            if (percent != last && Interlocked.CompareExchange(ref _lastPercent, percent, last) == last)
                report(value);
        }
    }
}
