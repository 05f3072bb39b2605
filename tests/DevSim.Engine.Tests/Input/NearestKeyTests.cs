using DevSim.Engine.Input;

namespace DevSim.Engine.Tests.Input;

/// <summary>The did-you-mean of unknown keys: edit distance, and no suggestion when nothing is close.</summary>
public class NearestKeyTests
{
    private static readonly string[] TaskKeys = ["id", "name", "duration", "resource"];
    private static readonly string[] TopKeys = ["name", "durations", "resources", "tasks", "rework", "sequence", "staffing"];

    [Theory]
    [InlineData("resorce", "resource")]
    [InlineData("Resource", "resource")]
    [InlineData("duraton", "duration")]
    [InlineData("nam", "name")]
    public void For_TaskKeySlip_FindsTheKey(string typed, string expected) => Assert.Equal(expected, NearestKey.For(typed, TaskKeys));

    [Theory]
    [InlineData("sequnce", "sequence")]
    [InlineData("resorces", "resources")]
    [InlineData("stafing", "staffing")]
    public void For_TopKeySlip_FindsTheKey(string typed, string expected) => Assert.Equal(expected, NearestKey.For(typed, TopKeys));

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("priority")]
    public void For_NothingClose_IsNull(string typed) => Assert.Null(NearestKey.For(typed, TaskKeys));

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("spred", "spread", 1)]
    [InlineData("abc", "", 3)]
    public void Distance_KnownPairs_AreLevenshtein(string a, string b, int expected)
    {
        Assert.Equal(expected, NearestKey.Distance(a, b));
        Assert.Equal(expected, NearestKey.Distance(b, a));
    }
}
