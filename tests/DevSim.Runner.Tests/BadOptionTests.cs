namespace DevSim.Runner.Tests;

/// <summary>
/// Every numeric option of every command, given a non-number, a fraction or NaN, a value out of
/// range and an overflow: exit 2 and one line naming the option and the accepted range, never a
/// .NET type name or a stack trace (issue 16, item 1). Parsing fails before any work starts.
/// </summary>
public class BadOptionTests
{
    private static readonly string Smoke = Repository.Path("experiments", "smoke.yaml");

    /// <summary>The words before the option: a command and what it needs besides the option under test.</summary>
    private static readonly Dictionary<string, string[]> Commands = new(StringComparer.Ordinal)
    {
        ["evaluate"] = ["evaluate", "optical-mouse"],
        ["simulate"] = ["simulate", "optical-mouse", "--interarrival", "16"],
        ["optimize"] = ["optimize", "optical-mouse"],
        ["replay"] = ["replay", "optical-mouse", "--quick"],
        ["sweep"] = ["sweep", Smoke, "--out", Path.Combine(Path.GetTempPath(), "devsim-never-written")],
    };

    public static TheoryData<string, string> WholeNumberOptions() => new()
    {
        { "evaluate", "--reps" }, { "evaluate", "--seed" }, { "evaluate", "--threads" },
        { "simulate", "--projects" }, { "simulate", "--warmup" }, { "simulate", "--reps" }, { "simulate", "--seed" },
        { "simulate", "--threads" }, { "simulate", "--max-in-system" },
        { "optimize", "--seed" }, { "optimize", "--top" }, { "optimize", "--threads" }, { "optimize", "--final-reps" },
        { "optimize", "--populations" }, { "optimize", "--population-size" }, { "optimize", "--tournament" },
        { "optimize", "--migration-interval" }, { "optimize", "--stop-window" }, { "optimize", "--max-generations" },
        { "optimize", "--reps" }, { "optimize", "--race-reps" }, { "optimize", "--first-pass-reps" }, { "optimize", "--survivors" },
        { "replay", "--seed" }, { "replay", "--threads" },
        { "sweep", "--threads" },
    };

    public static TheoryData<string, string> NumberOptions() => new()
    {
        { "simulate", "--interarrival" },
        { "optimize", "--time-limit" }, { "optimize", "--reproduction" }, { "optimize", "--crossover-ratio" },
        { "optimize", "--mutation-ratio" }, { "optimize", "--stop-improvement" },
    };

    [Theory]
    [MemberData(nameof(WholeNumberOptions))]
    public void WholeNumberOption_NotANumber_NamesOptionAndRange(string command, string option)
    {
        var line = Refused(command, option, "abc");
        Assert.Matches($"^devsim: {option}: 'abc' is not a whole number \\(-?[0-9,]+ to [0-9,]+\\)$", line);
    }

    [Theory]
    [MemberData(nameof(WholeNumberOptions))]
    public void WholeNumberOption_Fraction_IsNotAWholeNumber(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: '2.5' is not a whole number (", Refused(command, option, "2.5"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(WholeNumberOptions))]
    public void WholeNumberOption_Negative_IsTooSmall(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: -5 is too small (", Refused(command, option, "-5"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(WholeNumberOptions))]
    public void WholeNumberOption_Overflow_IsTooLarge(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: 99999999999999999999 is too large (", Refused(command, option, "99999999999999999999"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(NumberOptions))]
    public void NumberOption_NotANumber_NamesOptionAndRange(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: 'abc' is not a number (", Refused(command, option, "abc"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(NumberOptions))]
    public void NumberOption_NaN_IsRefused(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: 'NaN' is not a finite number (", Refused(command, option, "NaN"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(NumberOptions))]
    public void NumberOption_Overflow_IsNotFinite(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: '1e400' is not a finite number (", Refused(command, option, "1e400"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(NumberOptions))]
    public void NumberOption_Negative_IsOutOfRange(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: -5 is out of range (", Refused(command, option, "-5"), StringComparison.Ordinal);

    [Fact]
    public void Reps_3000000000_SaysTheRange() =>
        Assert.Equal("devsim: --reps: 3000000000 is too large (2 to 2,147,483,647)", Refused("evaluate", "--reps", "3000000000"));

    [Fact]
    public void Sequence_Empty_IsAnError_NotTheScenarioOrder() =>
        Assert.StartsWith("devsim: --sequence: '' holds no task ids", Refused("evaluate", "--sequence", ""), StringComparison.Ordinal);

    [Fact]
    public void Threads_Help_ShowsEveryCore_NotMinusOne()
    {
        var run = CliRun.Of("evaluate", "--help");
        var line = Assert.Single(run.Output.Split('\n'), l => l.Contains("--threads", StringComparison.Ordinal));
        Assert.Contains("every core", line, StringComparison.Ordinal);
        Assert.DoesNotContain("-1", line, StringComparison.Ordinal);
    }

    private static string Refused(string command, string option, string value)
    {
        var words = Commands[command].ToList();
        if (words.IndexOf(option) is var given and >= 0)
            words.RemoveRange(given, 2); // the option under test replaces the one the command needs
        var run = CliRun.Of([.. words, option, value]);
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
        return run.ErrorLines[0];
    }
}
