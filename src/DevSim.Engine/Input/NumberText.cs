using System.Globalization;
using System.Numerics;

namespace DevSim.Engine.Input;

/// <summary>
/// The one parser for numbers people type, on the command line and in input files: it says what
/// is wrong in words (never a .NET type name), with the accepted range in the message, and tells a
/// value out of range from one that is not a number at all.
/// </summary>
public static class NumberText
{
    private const NumberStyles WholeStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>Parses a whole number from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    /// <param name="text">The text as typed.</param>
    /// <param name="minimum">The smallest value accepted.</param>
    /// <param name="maximum">The largest value accepted.</param>
    /// <param name="value">The value, when the result is true.</param>
    /// <param name="problem">What is wrong, for example <c>'abc' is not a whole number (2 to 2,147,483,647)</c>, when the result is false.</param>
    public static bool TryParseWhole(string? text, BigInteger minimum, BigInteger maximum, out BigInteger value, out string problem)
    {
        var range = WholeRange(minimum, maximum);
        problem = "";
        if (!BigInteger.TryParse(text, WholeStyle, CultureInfo.InvariantCulture, out value))
        {
            problem = $"'{text}' is not a whole number ({range})";
            return false;
        }
        if (value < minimum || value > maximum)
        {
            problem = $"{value.ToString(CultureInfo.InvariantCulture)} is {(value < minimum ? "too small" : "too large")} ({range})";
            return false;
        }
        return true;
    }

    /// <summary>Parses a whole number into an <see cref="int"/> from <paramref name="minimum"/> to <paramref name="maximum"/> (see <see cref="TryParseWhole"/>).</summary>
    public static bool TryParseInt(string? text, int minimum, int maximum, out int value, out string problem)
    {
        var ok = TryParseWhole(text, minimum, maximum, out var whole, out problem);
        value = ok ? (int)whole : 0;
        return ok;
    }

    /// <summary>Parses a finite number (never NaN or infinity) from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    /// <param name="text">The text as typed.</param>
    /// <param name="minimum">The smallest value accepted.</param>
    /// <param name="maximum">The largest value accepted.</param>
    /// <param name="minimumExcluded">Whether <paramref name="minimum"/> itself is refused (for "more than 0").</param>
    /// <param name="value">The value, when the result is true.</param>
    /// <param name="problem">What is wrong, with the range, when the result is false.</param>
    public static bool TryParseNumber(string? text, double minimum, double maximum, bool minimumExcluded, out double value, out string problem)
    {
        var range = NumberRange(minimum, maximum, minimumExcluded);
        problem = "";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            problem = $"'{text}' is not a number ({range})";
            return false;
        }
        if (!double.IsFinite(value))
        {
            problem = $"'{text}' is not a finite number ({range})";
            return false;
        }
        if (value < minimum || value > maximum || (minimumExcluded && value == minimum))
        {
            problem = $"{value.ToString("R", CultureInfo.InvariantCulture)} is out of range ({range})";
            return false;
        }
        return true;
    }

    /// <summary>A whole-number range as people read it: "2 to 2,147,483,647".</summary>
    public static string WholeRange(BigInteger minimum, BigInteger maximum) =>
        $"{minimum.ToString("N0", CultureInfo.InvariantCulture)} to {maximum.ToString("N0", CultureInfo.InvariantCulture)}";

    /// <summary>A range of numbers as people read it: "more than 0", "0 to 1", "at least 0".</summary>
    public static string NumberRange(double minimum, double maximum, bool minimumExcluded)
    {
        var low = minimum.ToString("G", CultureInfo.InvariantCulture);
        if (maximum < double.MaxValue)
            return minimumExcluded ? $"more than {low}, up to {maximum.ToString("G", CultureInfo.InvariantCulture)}" : $"{low} to {maximum.ToString("G", CultureInfo.InvariantCulture)}";
        return minimumExcluded ? $"more than {low}" : $"at least {low}";
    }
}
