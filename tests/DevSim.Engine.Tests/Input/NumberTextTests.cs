using DevSim.Engine.Input;

namespace DevSim.Engine.Tests.Input;

/// <summary>The one parser for numbers people type: exact messages, ranges, overflow and NaN.</summary>
public class NumberTextTests
{
    [Theory]
    [InlineData("7", 7)]
    [InlineData(" 2 ", 2)]
    [InlineData("+2147483647", int.MaxValue)]
    public void TryParseInt_WholeNumberInRange_IsAccepted(string text, int expected)
    {
        Assert.True(NumberText.TryParseInt(text, 2, int.MaxValue, out var value, out var problem));
        Assert.Equal(expected, value);
        Assert.Equal("", problem);
    }

    [Theory]
    [InlineData("abc", "'abc' is not a whole number (2 to 2,147,483,647)")]
    [InlineData("1.5", "'1.5' is not a whole number (2 to 2,147,483,647)")]
    [InlineData("", "'' is not a whole number (2 to 2,147,483,647)")]
    [InlineData("1e3", "'1e3' is not a whole number (2 to 2,147,483,647)")]
    [InlineData("1", "1 is too small (2 to 2,147,483,647)")]
    [InlineData("3000000000", "3000000000 is too large (2 to 2,147,483,647)")]
    [InlineData("99999999999999999999999999999999", "99999999999999999999999999999999 is too large (2 to 2,147,483,647)")]
    public void TryParseInt_Refused_SaysWhyWithTheRange(string text, string expected)
    {
        Assert.False(NumberText.TryParseInt(text, 2, int.MaxValue, out _, out var problem));
        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData("1", 1)]
    [InlineData("0", 0)]
    public void TryParseNumber_InRange_IsAccepted(string text, double expected)
    {
        Assert.True(NumberText.TryParseNumber(text, 0, 1, minimumExcluded: false, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("x", false, "'x' is not a number (0 to 1)")]
    [InlineData("NaN", false, "'NaN' is not a finite number (0 to 1)")]
    [InlineData("Infinity", false, "'Infinity' is not a finite number (0 to 1)")]
    [InlineData("1e400", false, "'1e400' is not a finite number (0 to 1)")]
    [InlineData("1.5", false, "1.5 is out of range (0 to 1)")]
    [InlineData("0", true, "0 is out of range (more than 0, up to 1)")]
    public void TryParseNumber_Refused_SaysWhyWithTheRange(string text, bool minimumExcluded, string expected)
    {
        Assert.False(NumberText.TryParseNumber(text, 0, 1, minimumExcluded, out _, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void NumberRange_Unbounded_ReadsAsAtLeastOrMoreThan()
    {
        Assert.Equal("more than 0", NumberText.NumberRange(0, double.MaxValue, minimumExcluded: true));
        Assert.Equal("at least 0", NumberText.NumberRange(0, double.MaxValue, minimumExcluded: false));
    }
}
