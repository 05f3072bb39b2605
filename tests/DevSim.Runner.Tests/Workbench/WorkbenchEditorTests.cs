using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Tests.Workbench;

/// <summary>
/// The editor's API as the page uses it while a planner types: problems come back keyed by the field or cell, with the
/// command line's messages; the first-order term of a changed cell moves as the formula says.
/// </summary>
public class WorkbenchEditorTests
{
    [Fact]
    public async Task The_page_and_the_built_in_scenarios_are_served_by_name()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var page = await host.Client.GetStringAsync("");
        Assert.Contains("DevSim workbench", page, StringComparison.Ordinal);
        Assert.Equal(ScenarioReader.BuiltIn, await host.Client.GetFromJsonAsync<string[]>("api/scenarios"));
        var mouse = await host.DraftAsync();
        Assert.Equal("optical-mouse", mouse.GetProperty("name").GetString());
        Assert.Equal(9, mouse.GetProperty("probability").GetArrayLength());
    }

    [Theory]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("optical-mouse.yaml")]
    public async Task A_name_that_is_no_built_in_is_refused_and_no_file_is_read(string name)
    {
        await using var host = await WorkbenchHost.StartAsync();
        using var response = await host.Client.GetAsync($"api/scenarios/{name}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("is not a built-in scenario", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_RP_cell_moves_its_first_order_term_and_the_total_by_RP_x_RI_x_d()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var mouse = await host.DraftAsync();
        var before = await host.CheckAsync(mouse);
        Assert.True(before.GetProperty("valid").GetBoolean());
        // Task 3 (8 days) comes before task 2 in the sequence 5,9,3,2,...: RI(3,2) = 0.1, so RP 0.1 gives 0.08 and RP 0.5 gives 0.4.
        Assert.Equal(0.1 * 0.1 * 8, Term(before, 3, 2), 12);
        var after = await host.CheckAsync(Drafts.Edit(mouse).WithCell("probability", 3, 2, "0.5"));
        Assert.True(after.GetProperty("valid").GetBoolean());
        Assert.Equal(0.5 * 0.1 * 8, Term(after, 3, 2), 12);
        Assert.Equal(Total(before) + (0.5 - 0.1) * 0.1 * 8, Total(after), 12);
        // Task 2 comes after task 3: the cell (2, 3) adds nothing to the first-order rework, whatever its value.
        Assert.Equal(0, Term(after, 2, 3));
        Assert.Contains("- [0, 0.5, 0, 0, 0, 0.1, 0, 0, 0.8]", after.GetProperty("yaml").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5", "1.5 is not a probability: must be within [0, 1]")]
    [InlineData("abc", "'abc' is not a number")]
    [InlineData("-0.1", "-0.1 is not a probability: must be within [0, 1]")]
    public async Task An_invalid_RP_value_is_named_at_its_cell_with_the_command_lines_message(string typed, string message)
    {
        await using var host = await WorkbenchHost.StartAsync();
        var check = await host.CheckAsync(Drafts.Edit(await host.DraftAsync()).WithCell("probability", 3, 2, typed));
        Assert.False(check.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(check.GetProperty("problems").EnumerateArray());
        Assert.Equal("rework.probability, row 3, column 2", problem.GetProperty("key").GetString());
        Assert.Equal(message, problem.GetProperty("message").GetString());
        // The line as the command line prints it for the downloaded file.
        var line = Assert.Single(check.GetProperty("lines").EnumerateArray()).GetString()!;
        Assert.StartsWith("optical-mouse.yaml:", line, StringComparison.Ordinal);
        Assert.EndsWith($"rework.probability, row 3, column 2: {message}", line, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, check.GetProperty("terms").ValueKind);
    }

    [Fact]
    public async Task A_precedence_cycle_is_named_by_its_tasks()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var draft = Drafts.Edit(await host.DraftAsync());
        draft["precedence"] = new JsonArray(new JsonArray("2", "4"), new JsonArray("4", "7"), new JsonArray("7", "2"));
        var check = await host.CheckAsync(draft);
        var problem = Assert.Single(check.GetProperty("problems").EnumerateArray());
        Assert.Equal("precedence", problem.GetProperty("key").GetString());
        var message = problem.GetProperty("message").GetString()!;
        Assert.Matches(@"^the pairs form a cycle through tasks (2 -> 4 -> 7 -> 2|4 -> 7 -> 2 -> 4|7 -> 2 -> 4 -> 7): no order can respect them$", message);
    }

    [Fact]
    public async Task A_task_field_problem_is_keyed_by_its_entry()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var draft = Drafts.Edit(await host.DraftAsync());
        draft["tasks"]![4]!["duration"] = "0";
        var problem = Assert.Single((await host.CheckAsync(draft)).GetProperty("problems").EnumerateArray());
        Assert.Equal(("tasks, entry 5, duration", "0 must be positive"), (problem.GetProperty("key").GetString(), problem.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_malformed_upload_is_refused_with_the_readers_lines_and_the_text()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var text = File.ReadAllText(Repository.Path("experiments", "scenarios", "optical-mouse.yaml")).Replace("duration: 8 }", "duration: eight }", StringComparison.Ordinal);
        var expectedLine = text.Split('\n').ToList().FindIndex(l => l.Contains("eight", StringComparison.Ordinal)) + 1;
        using var response = await host.Client.PostAsync("api/scenarios/upload?name=sub%2Fdir%2Fmouse.yaml", new StringContent(text, Encoding.UTF8, "text/yaml"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var lines = body.GetProperty("lines").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Contains($"mouse.yaml:{expectedLine}: tasks, entry 3, duration: 'eight' is not a number", lines);
        Assert.Equal(text, body.GetProperty("text").GetString());
        // The same message as the command line's for the same file.
        var file = CliRun.TempFile(text);
        try
        {
            var cli = CliRun.Of("evaluate", file);
            Assert.Contains($"devsim: {file}:{expectedLine}: tasks, entry 3, duration: 'eight' is not a number", cli.ErrorLines);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_upload_over_16_MiB_is_refused_as_the_command_line_refuses_such_a_file()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var big = new byte[16 * 1024 * 1024 + 10];
        Array.Fill(big, (byte)'#');
        using var response = await host.Client.PostAsync("api/scenarios/upload?name=big.yaml", new ByteArrayContent(big));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var line = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines").EnumerateArray()).GetString();
        Assert.Equal("big.yaml: 16,777,226 bytes is more than a scenario file may hold (16,777,216 bytes, 16 MiB)", line);
    }

    [Fact]
    public async Task A_valid_upload_opens_as_a_draft()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var text = File.ReadAllText(Repository.Path("experiments", "scenarios", "device-constrained.yaml"));
        using var response = await host.Client.PostAsync("api/scenarios/upload?name=device.yaml", new StringContent(text));
        response.EnsureSuccessStatusCode();
        var draft = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("device.yaml", draft.GetProperty("fileName").GetString());
        Assert.True(draft.GetProperty("precedence").GetArrayLength() > 0);
        Assert.True((await host.CheckAsync(draft)).GetProperty("valid").GetBoolean());
    }

    private static double Term(JsonElement check, int row, int column) => check.GetProperty("terms")[row - 1][column - 1].GetDouble();

    private static double Total(JsonElement check) => check.GetProperty("firstOrderTotal").GetDouble();
}
