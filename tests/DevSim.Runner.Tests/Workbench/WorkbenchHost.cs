using System.Net.Http.Json;
using System.Text.Json;
using DevSim.Runner.Workbench;
using Microsoft.AspNetCore.Builder;

namespace DevSim.Runner.Tests.Workbench;

/// <summary>The workbench started in-process on a free loopback port, with a client for it.</summary>
internal sealed class WorkbenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WorkbenchHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        // No draining: a response disposed before its end closes the connection at once, as a closed browser tab
        // does, instead of being read on for up to two seconds so the connection can be reused.
        Client = new HttpClient(new SocketsHttpHandler { MaxResponseDrainSize = 0 }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public WorkbenchRuns Runs => (WorkbenchRuns)_app.Services.GetService(typeof(WorkbenchRuns))!;

    public static async Task<WorkbenchHost> StartAsync(int maxRuns = 2)
    {
        var app = WorkbenchApp.Build(new WorkbenchSettings("127.0.0.1", 0, maxRuns));
        await app.StartAsync();
        return new WorkbenchHost(app, new Uri(app.Urls.First() + "/"));
    }

    /// <summary>A built-in scenario's draft as the page gets it.</summary>
    public async Task<JsonElement> DraftAsync(string name = "optical-mouse") =>
        await Client.GetFromJsonAsync<JsonElement>($"api/scenarios/{name}");

    /// <summary>The check of a draft as the page gets it while typing.</summary>
    public async Task<JsonElement> CheckAsync(object draft)
    {
        using var response = await Client.PostAsJsonAsync("api/scenarios/check", draft);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Starts a run and reads its event stream to the end (or the refusal, as one element with "lines").</summary>
    public async Task<List<JsonElement>> RunAsync(string kind, object draft, IReadOnlyDictionary<string, string> options, CancellationToken cancellation = default)
    {
        using var response = await Client.PostAsJsonAsync("api/runs", new { kind, scenario = draft, options }, cancellation);
        if (!response.IsSuccessStatusCode)
            return [await response.Content.ReadFromJsonAsync<JsonElement>(cancellation)];
        var events = new List<JsonElement>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellation));
        while (await reader.ReadLineAsync(cancellation) is { } line)
            events.Add(JsonDocument.Parse(line).RootElement.Clone());
        return events;
    }

    /// <summary>Starts a run and returns its open event stream, to read event by event (dispose it to disconnect).</summary>
    public async Task<RunStream> OpenRunAsync(string kind, object draft, IReadOnlyDictionary<string, string> options)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/runs") { Content = JsonContent.Create(new { kind, scenario = draft, options }) };
        var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new RunStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>A run's events as they come.</summary>
    public sealed class RunStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        /// <summary>Reads events (bounded in time) until one called <paramref name="name"/> (any, for null); returns it, or null when the stream ended or the time ran out first.</summary>
        public async Task<JsonElement?> UntilAsync(string? name, TimeSpan limit)
        {
            using var timeout = new CancellationTokenSource(limit);
            try
            {
                while (await reader.ReadLineAsync(timeout.Token) is { } line)
                {
                    var e = JsonDocument.Parse(line).RootElement.Clone();
                    if (name is null || e.GetProperty("event").GetString() == name)
                        return e;
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                // Nothing in time: the caller decides whether that is a failure.
            }
            return null;
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }

    /// <summary>Waits (bounded) until no run works or waits.</summary>
    public async Task<bool> IdleWithinAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (Runs.Queue.Active == 0 && Runs.Queue.Waiting == 0)
                return true;
            await Task.Delay(50);
        }
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
