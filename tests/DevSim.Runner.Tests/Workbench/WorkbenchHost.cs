using System.Net.Http.Json;
using System.Net.Sockets;
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
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
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

    /// <summary>The example portfolio's draft as the page gets it.</summary>
    public async Task<JsonElement> PortfolioAsync(string name = "three-lines") =>
        await Client.GetFromJsonAsync<JsonElement>($"api/portfolios/{name}");

    /// <summary>The check of a portfolio draft as the page gets it while typing.</summary>
    public async Task<JsonElement> CheckPortfolioAsync(object draft)
    {
        using var response = await Client.PostAsJsonAsync("api/portfolios/check", draft);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Starts a run on a scenario and reads its event stream to the end (or the refusal, as one element with "lines").</summary>
    public Task<List<JsonElement>> RunAsync(string kind, object draft, IReadOnlyDictionary<string, string> options, CancellationToken cancellation = default) =>
        RunBodyAsync(new { kind, scenario = draft, options }, cancellation);

    /// <summary>Starts a run on a portfolio and reads its event stream to the end (or the refusal).</summary>
    public Task<List<JsonElement>> RunPortfolioAsync(string kind, object portfolio, IReadOnlyDictionary<string, string> options) =>
        RunBodyAsync(new { kind, portfolio, options }, default);

    /// <summary>The finished run of an event stream.</summary>
    public static JsonElement Finished(List<JsonElement> events) =>
        events.SingleOrDefault(e => e.TryGetProperty("event", out var name) && name.GetString() == "finished") is { ValueKind: JsonValueKind.Object } finished
            ? finished.GetProperty("run")
            : throw new InvalidOperationException("the run did not finish: " + string.Join(" | ", events.Select(e => e.GetRawText())));

    private async Task<List<JsonElement>> RunBodyAsync(object body, CancellationToken cancellation)
    {
        using var response = await Client.PostAsJsonAsync("api/runs", body, cancellation);
        if (!response.IsSuccessStatusCode)
            return [await response.Content.ReadFromJsonAsync<JsonElement>(cancellation)];
        var events = new List<JsonElement>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellation));
        while (await reader.ReadLineAsync(cancellation) is { } line)
            events.Add(JsonDocument.Parse(line).RootElement.Clone());
        return events;
    }

    /// <summary>Starts a run and returns its open event stream, to read event by event (dispose it to disconnect).</summary>
    /// <remarks>
    /// Each stream has a client and a connection of its own, and disposing it closes that socket at once, as a closed
    /// browser tab does: disposing a response alone may leave HttpClient reading on to reuse the connection, so when the
    /// server hears the client leave would depend on the machine's speed.
    /// </remarks>
    public async Task<RunStream> OpenRunAsync(string kind, object draft, IReadOnlyDictionary<string, string> options, bool portfolio = false)
    {
        Socket? socket = null;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellation) =>
            {
                var connection = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await connection.ConnectAsync(context.DnsEndPoint, cancellation);
                socket = connection;
                return new NetworkStream(connection, ownsSocket: true);
            },
        };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        var request = new HttpRequestMessage(HttpMethod.Post, "api/runs") { Content = JsonContent.Create(portfolio ? new { kind, portfolio = draft, options } : (object)new { kind, scenario = draft, options }) };
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new RunStream(client, socket!, response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>A run's events as they come, on a connection of its own.</summary>
    public sealed class RunStream(HttpClient client, Socket socket, HttpResponseMessage response, StreamReader reader) : IDisposable
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
            socket.Close(); // the connection goes now, whatever HttpClient would do with it
            reader.Dispose();
            response.Dispose();
            client.Dispose();
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
