using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace DevSim.Runner.Tests.Workbench;

/// <summary>
/// Request bodies the page never sends but a script might: JSON null where a draft holds a value, JSON of the wrong
/// shape, no JSON at all. Each is refused with status 400 and one line saying where (an empty 500 for the nulls, an
/// empty 400 for the rest, before), never .NET's type names.
/// </summary>
public class WorkbenchBadBodyTests
{
    private const string OneTask = "\"tasks\": [{\"id\": \"1\", \"name\": \"a\", \"duration\": \"1\", \"resource\": \"\"}], \"impact\": [[\"0\"]]";

    public static TheoryData<string, string, string> Bodies() => new()
    {
        { "api/scenarios/check", """{"tasks": null}""", "tasks: null where a value belongs" },
        { "api/scenarios/check", """{"tasks": [null]}""", "tasks[0]: null where a value belongs" },
        { "api/scenarios/check", """{"tasks": [{"id": "1"}]}""", "tasks[0].name: null where a value belongs" },
        { "api/scenarios/check", "{" + OneTask + """, "probability": [["0", null]]}""", "probability[0][1]: null where a value belongs" },
        { "api/scenarios/check", "{" + OneTask + """, "resources": [null]}""", "resources[0]: null where a value belongs" },
        { "api/scenarios/check", "{" + OneTask + """, "staffing": {"a": null}}""", "staffing.a: null where a value belongs" },
        { "api/scenarios/check", "{" + OneTask + """, "precedence": [null]}""", "precedence[0]: null where a value belongs" },
        { "api/portfolios/check", """{"types": null}""", "types: null where a value belongs" },
        { "api/portfolios/check", """{"types": [null]}""", "types[0]: null where a value belongs" },
        { "api/runs", """{"kind": "evaluate", "scenario": {"tasks": [null]}}""", "scenario.tasks[0]: null where a value belongs" },
        { "api/runs", """{"kind": "portfolio", "portfolio": {"types": null}}""", "portfolio.types: null where a value belongs" },
        { "api/scenarios/check", "{", "the request body is not JSON this call takes (at $, line 1, byte 1)" },
        { "api/scenarios/check", """{"tasks": 5}""", "the request body is not JSON this call takes (at $.tasks, line 1, byte 11)" },
        { "api/scenarios/check", "null", "the request body is empty or null: send a JSON object" },
        { "api/runs", "[]", "the request body is not JSON this call takes (at $, line 1, byte 1)" },
    };

    [Theory]
    [InlineData("api/scenarios/check", "text/plain", "the request body must be JSON, sent as text/plain; charset=utf-8: send a JSON object with Content-Type: application/json")]
    [InlineData("api/portfolios/check", "application/x-www-form-urlencoded", "the request body must be JSON, sent as application/x-www-form-urlencoded")]
    [InlineData("api/runs", "text/plain", "the request body must be JSON, sent as text/plain; charset=utf-8: send a JSON object")]
    public async Task A_body_sent_as_another_media_type_is_refused_with_a_line_saying_to_send_JSON(string path, string mediaType, string expected)
    {
        // ASP.NET answered these with an empty 415, which a script's author could only guess at.
        await using var host = await WorkbenchHost.StartAsync();
        using var response = await host.Client.PostAsync(path, new StringContent("{}", Encoding.UTF8, mediaType.Split(';')[0]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var line = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines").EnumerateArray()).GetString()!;
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
    }

    [Theory]
    // A missing query parameter was answered "the request body is empty or null" (there is no body), an unknown run with an
    // empty 404 that the page's compare view could not read to say the run was gone.
    [InlineData("api/compare", HttpStatusCode.BadRequest, "name the two runs to compare: /api/compare?first=RUN&second=RUN")]
    [InlineData("api/compare?first=0123", HttpStatusCode.BadRequest, "name the two runs to compare: /api/compare?first=RUN&second=RUN")]
    [InlineData("api/compare?first=0123&second=4567", HttpStatusCode.NotFound, "no run 0123 here: the workbench keeps the last 100 finished runs until it stops")]
    [InlineData("api/runs/0123", HttpStatusCode.NotFound, "no run 0123 here: the workbench keeps the last 100 finished runs until it stops")]
    [InlineData("api/runs/0123/files/report.json", HttpStatusCode.NotFound, "no run 0123 here: the workbench keeps the last 100 finished runs until it stops")]
    public async Task A_request_for_a_run_that_is_not_there_is_refused_with_a_line(string path, HttpStatusCode status, string expected)
    {
        await using var host = await WorkbenchHost.StartAsync();
        using var response = await host.Client.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(expected, Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines").EnumerateArray()).GetString());
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_bad_body_is_refused_with_a_line_saying_where(string path, string body, string expected)
    {
        await using var host = await WorkbenchHost.StartAsync();
        using var response = await host.Client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var line = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines").EnumerateArray()).GetString()!;
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
    }
}
