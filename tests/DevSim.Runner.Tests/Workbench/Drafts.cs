using System.Text.Json;
using System.Text.Json.Nodes;

namespace DevSim.Runner.Tests.Workbench;

/// <summary>Edits of a draft as the page makes them (the draft is the page's JSON).</summary>
internal static class Drafts
{
    public static JsonObject Edit(JsonElement draft) => JsonNode.Parse(draft.GetRawText())!.AsObject();

    /// <summary>Sets a cell of "probability" or "impact", rows and columns 1-based.</summary>
    public static JsonObject WithCell(this JsonObject draft, string matrix, int row, int column, string text)
    {
        draft[matrix]![row - 1]![column - 1] = text;
        return draft;
    }
}
