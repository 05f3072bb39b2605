using System.Text.Json;
using System.Threading.Channels;
using DevSim.Engine.Scenarios;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DevSim.Runner.Workbench;

/// <summary>
/// The workbench's web application: one page (embedded) and a small JSON API. The browser names built-in scenarios by
/// name and sends uploaded files and edited drafts as text: no path on the server is ever read or written from it.
/// </summary>
internal static class WorkbenchApp
{
    /// <summary>Builds the application (not started) for <paramref name="settings"/>.</summary>
    public static WebApplication Build(WorkbenchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{(settings.Host.Contains(':', StringComparison.Ordinal) ? $"[{settings.Host}]" : settings.Host)}:{settings.Port}");
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Converters.Add(new FiniteOrNullConverter());
        });
        // A body that does not bind throws, so that BodyRefusals answers with a line rather than an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSingleton(new RunQueue(settings.MaxRuns));
        builder.Services.AddSingleton<RunStore>();
        builder.Services.AddSingleton<WorkbenchRuns>();
        var app = builder.Build();
        app.Use(BodyRefusals);
        Map(app);
        return app;
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/", () => Page("index.html"));
        foreach (var name in WorkbenchPage.Files.Keys)
            app.MapGet("/" + name, () => Page(name));

        app.MapGet("/api/kinds", () => Results.Json(RunKinds.Forms(), Json.Options));
        app.MapGet("/api/scenarios", () => Results.Json(ScenarioReader.BuiltIn));
        app.MapGet("/api/scenarios/blank", () => Results.Json(ScenarioDraft.Blank(), Json.Options));
        app.MapGet("/api/scenarios/{name}", (string name) => ScenarioReader.IsBuiltIn(name)
            ? Results.Json(ScenarioDraft.From(ScenarioReader.ParseDefinition(ScenarioReader.BuiltInText(name), name), name + ".yaml"), Json.Options)
            : Refused($"'{name}' is not a built-in scenario (built-in scenarios: {string.Join(", ", ScenarioReader.BuiltIn)})", StatusCodes.Status404NotFound));
        app.MapPost("/api/scenarios/upload", Upload);
        app.MapPost("/api/scenarios/check", (ScenarioDraft draft) => DraftNulls.In(draft) is { } at
            ? Refused(DraftNulls.Line(at))
            : Results.Json(DraftCheck.Of(draft), Json.Options));

        app.MapGet("/api/portfolios", () => Results.Json(PortfolioExamples.Names));
        app.MapGet("/api/portfolios/blank", () => Results.Json(PortfolioExamples.Blank(), Json.Options));
        app.MapGet("/api/portfolios/{name}", (string name) => PortfolioExamples.Draft(name) is { } draft
            ? Results.Json(draft, Json.Options)
            : Refused($"'{name}' is not an example portfolio (examples: {string.Join(", ", PortfolioExamples.Names)})", StatusCodes.Status404NotFound));
        app.MapPost("/api/portfolios/upload", UploadPortfolio);
        app.MapPost("/api/portfolios/check", (PortfolioDraft draft) => DraftNulls.In(draft) is { } at
            ? Refused(DraftNulls.Line(at))
            : Results.Json(PortfolioCheck.Of(draft), Json.Options));
        app.MapGet("/api/compare", (string? first, string? second, WorkbenchRuns runs) =>
            string.IsNullOrEmpty(first) || string.IsNullOrEmpty(second) ? Refused("name the two runs to compare: /api/compare?first=RUN&second=RUN")
            : runs.Store.Find(first) is not { } a ? NoRun(first)
            : runs.Store.Find(second) is not { } b ? NoRun(second)
            : Results.Json(PairedComparison.Of(a.Sample, b.Sample), Json.Options));

        app.MapGet("/api/status", (WorkbenchRuns runs) => Results.Json(new { maxRuns = runs.Queue.Slots, active = runs.Queue.Active, waiting = runs.Queue.Waiting, kept = runs.Store.Count }));
        app.MapPost("/api/runs", StartRun);
        app.MapGet("/api/runs/{id}", (string id, WorkbenchRuns runs) => runs.Store.Find(id) is { } run ? Results.Json(run, Json.Options) : NoRun(id));
        app.MapGet("/api/runs/{id}/files/{name}", (string id, string name, WorkbenchRuns runs) =>
        {
            // Only a name the run listed: never a path, whatever the request says.
            if (runs.Store.Find(id) is not { } run)
                return NoRun(id);
            if (!run.Files.Contains(name, StringComparer.Ordinal))
                return Refused($"run {id} has no file '{name}' (its files: {string.Join(", ", run.Files)})", StatusCodes.Status404NotFound);
            return Results.File(Path.Combine(run.Folder, name), ContentType(name), name);
        });
    }

    /// <summary>
    /// A request body that is not JSON, or not JSON of the shape the call takes, answered as every refusal is: status 400
    /// and a line saying where, never .NET's type names. A body sent as another media type than JSON (text/plain, a
    /// form) keeps its 415, which ASP.NET answers empty, with the line saying what to send.
    /// </summary>
    private static async Task BodyRefusals(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var line = e.InnerException is JsonException json
                ? $"the request body is not JSON this call takes (at {json.Path ?? "$"}, line {(json.LineNumber ?? 0) + 1}, byte {json.BytePositionInLine ?? 0})"
                : "the request body is empty or null: send a JSON object";
            await Refused(line).ExecuteAsync(context);
            return;
        }
        if (context.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType && !context.Response.HasStarted)
        {
            var sent = context.Request.ContentType is { Length: > 0 } type ? $"sent as {type}" : "sent without a Content-Type";
            await Refused($"the request body must be JSON, {sent}: send a JSON object with Content-Type: application/json",
                StatusCodes.Status415UnsupportedMediaType).ExecuteAsync(context);
        }
    }

    /// <summary>A request refused with <paramref name="status"/> (400 unless given) and the line to show, as every refusal of the API answers.</summary>
    private static IResult Refused(string line, int status = StatusCodes.Status400BadRequest) => Results.Json(new { lines = new[] { line } }, statusCode: status);

    /// <summary>A run the store does not hold (never made, or forgotten as the oldest of more than it keeps), as a refusal the page can show.</summary>
    private static IResult NoRun(string id) =>
        Refused($"no run {id} here: the workbench keeps the last {RunStore.Capacity} finished runs until it stops", StatusCodes.Status404NotFound);

    private static IResult Page(string name) => Results.Bytes(WorkbenchPage.Read(name), WorkbenchPage.Files[name]);

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".csv" => "text/csv; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };

    /// <summary>A scenario file sent as the request body (its name in ?name=): read and checked as the command line reads a file.</summary>
    private static async Task<IResult> Upload(HttpRequest request, string? name)
    {
        var fileName = WorkbenchRuns.FileName(name);
        var (text, refused) = await ReadUpload(request, fileName, "scenario");
        if (text is null)
            return refused!;
        try
        {
            return Results.Json(ScenarioDraft.From(ScenarioReader.ParseDefinition(text, fileName), fileName), Json.Options);
        }
        catch (ScenarioException e)
        {
            return Results.Json(new { lines = e.Lines.ToArray(), problems = e.Problems, text }, Json.Options, statusCode: 400);
        }
    }

    /// <summary>
    /// A portfolio file sent as the request body: read and checked as the command line reads one, except that a type's
    /// scenario or arrival trace naming a file is refused at its line and key (no path on the server is read for the browser).
    /// </summary>
    private static async Task<IResult> UploadPortfolio(HttpRequest request, string? name)
    {
        var fileName = WorkbenchRuns.FileName(name, portfolio: true);
        var (text, refused) = await ReadUpload(request, fileName, "portfolio");
        if (text is null)
            return refused!;
        try
        {
            PortfolioCheck.Read(text, fileName);
            return Results.Json(PortfolioDraft.From(text, fileName), Json.Options);
        }
        catch (DevSim.Engine.Portfolios.PortfolioException e)
        {
            return Results.Json(new { lines = e.Lines.ToArray(), problems = e.Problems, text }, Json.Options, statusCode: 400);
        }
    }

    /// <summary>The body as a file's text, under the command line's limits, or the answer refusing it.</summary>
    private static async Task<(string? Text, IResult? Refused)> ReadUpload(HttpRequest request, string fileName, string kind)
    {
        // Hold at most one byte more than a file may have: enough for the reader to say it is too large.
        var body = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while (body.Length <= InputFiles.MaxBytes && (read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            body.Write(chunk, 0, read);
        body.Position = 0;
        try
        {
            return (InputFiles.ReadText(body, request.ContentLength, kind), null);
        }
        catch (IOException e)
        {
            return (null, Refused($"{fileName}: {e.Message}"));
        }
    }

    /// <summary>Starts a run and streams its events as newline-delimited JSON until it ends; the run ends with the request.</summary>
    private static async Task StartRun(HttpContext http, RunRequest request, WorkbenchRuns runs)
    {
        var (prepared, problems) = WorkbenchRuns.Prepare(request);
        if (prepared is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsJsonAsync(new { lines = problems }, http.RequestAborted);
            return;
        }
        http.Response.ContentType = "application/x-ndjson; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var events = Channel.CreateUnbounded<RunEvent>(new UnboundedChannelOptions { SingleReader = true });
        var aborted = http.RequestAborted;
        var work = runs.RunAsync(prepared, events.Writer, aborted);
        try
        {
            await foreach (var e in events.Reader.ReadAllAsync(aborted))
            {
                await http.Response.WriteAsync(JsonSerializer.Serialize(e, Json.Compact) + "\n", aborted);
                await http.Response.Body.FlushAsync(aborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The page went away: the run has been told through the same token.
        }
        await work;
    }
}
