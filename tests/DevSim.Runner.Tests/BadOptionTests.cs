namespace DevSim.Runner.Tests;

/// <summary>
/// Every numeric option of every command, given a non-number, a fraction or NaN, a value out of
/// range and an overflow: exit 2 and one line naming the option and the accepted range, never a
/// .NET type name or a stack trace (issue 16, item 1), within the bounds of <see cref="BoundedRun"/>.
/// Parsing fails before any work starts.
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
        ["sweep"] = ["sweep", Smoke, "--out", Path.Combine(TestFiles.Root, "devsim-never-written")],
        ["sensitivity"] = ["sensitivity", "optical-mouse"],
        ["analyze"] = ["analyze", "optical-mouse"],
        ["capacity"] = ["capacity", "optical-mouse", "--target-duration", "100"],
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
        { "sensitivity", "--reps" }, { "sensitivity", "--projects" }, { "sensitivity", "--warmup" }, { "sensitivity", "--max-in-system" },
        { "sensitivity", "--top" }, { "sensitivity", "--seed" }, { "sensitivity", "--threads" },
        { "analyze", "--reps" }, { "analyze", "--projects" }, { "analyze", "--warmup" }, { "analyze", "--sim-reps" }, { "analyze", "--max-in-system" },
        { "analyze", "--top" }, { "analyze", "--seed" }, { "analyze", "--threads" },
        { "capacity", "--reps" }, { "capacity", "--projects" }, { "capacity", "--warmup" }, { "capacity", "--sim-reps" }, { "capacity", "--max-in-system" },
        { "capacity", "--max-evaluations" }, { "capacity", "--add" }, { "capacity", "--seed" }, { "capacity", "--threads" },
    };

    public static TheoryData<string, string> NumberOptions() => new()
    {
        { "simulate", "--interarrival" },
        { "optimize", "--time-limit" }, { "optimize", "--reproduction" }, { "optimize", "--crossover-ratio" },
        { "optimize", "--mutation-ratio" }, { "optimize", "--stop-improvement" },
        { "sensitivity", "--interarrival" }, { "sensitivity", "--reduce" }, { "analyze", "--interarrival" }, { "analyze", "--tolerance" },
        { "capacity", "--target-duration" }, { "capacity", "--percentile" }, { "capacity", "--tolerance" }, { "capacity", "--interarrival" },
        { "capacity", "--load-factor" }, { "capacity", "--on-time" },
    };

    [Theory]
    [MemberData(nameof(WholeNumberOptions))]
    public async Task WholeNumberOption_NotANumber_NamesOptionAndRange(string command, string option)
    {
        var line = await Refused(command, option, "abc");
        Assert.Matches($"^devsim: {option}: 'abc' is not a whole number \\(-?[0-9,]+ to [0-9,]+\\)$", line);
    }

    [Theory]
    [MemberData(nameof(WholeNumberOptions))]
    public async Task WholeNumberOption_Fraction_IsNotAWholeNumber(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: '2.5' is not a whole number (", await Refused(command, option, "2.5"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(WholeNumberOptions))]
    public async Task WholeNumberOption_Negative_IsTooSmall(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: -5 is too small (", await Refused(command, option, "-5"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(WholeNumberOptions))]
    public async Task WholeNumberOption_Overflow_IsTooLarge(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: 99999999999999999999 is too large (", await Refused(command, option, "99999999999999999999"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(NumberOptions))]
    public async Task NumberOption_NotANumber_NamesOptionAndRange(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: 'abc' is not a number (", await Refused(command, option, "abc"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(NumberOptions))]
    public async Task NumberOption_NaN_IsRefused(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: 'NaN' is not a finite number (", await Refused(command, option, "NaN"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(NumberOptions))]
    public async Task NumberOption_Overflow_IsNotFinite(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: '1e400' is not a finite number (", await Refused(command, option, "1e400"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(NumberOptions))]
    public async Task NumberOption_Negative_IsOutOfRange(string command, string option) =>
        Assert.StartsWith($"devsim: {option}: -5 is out of range (", await Refused(command, option, "-5"), StringComparison.Ordinal);

    [Fact]
    public async Task Reps_3000000000_SaysTheRange() =>
        Assert.Equal("devsim: --reps: 3000000000 is too large (2 to 2,147,483,647)", await Refused("evaluate", "--reps", "3000000000"));

    [Fact]
    public async Task Sequence_Empty_IsAnError_NotTheScenarioOrder() =>
        Assert.StartsWith("devsim: --sequence: '' holds no task ids", await Refused("evaluate", "--sequence", ""), StringComparison.Ordinal);

    [Fact]
    public void Threads_Help_ShowsEveryCore_NotMinusOne()
    {
        var run = CliRun.Of("evaluate", "--help");
        var line = Assert.Single(run.Output.Split('\n'), l => l.Contains("--threads", StringComparison.Ordinal));
        Assert.Contains("every core", line, StringComparison.Ordinal);
        Assert.DoesNotContain("-1", line, StringComparison.Ordinal);
    }

    private static async Task<string> Refused(string command, string option, string value)
    {
        var words = Commands[command].ToList();
        if (words.IndexOf(option) is var given and >= 0)
            words.RemoveRange(given, 2); // the option under test replaces the one the command needs
        var run = await BoundedRun.Of($"{command} {option} {value}", [.. words, option, value]);
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
        Assert.Equal($"Try 'devsim {command} --help'.", run.ErrorLines[^1]);
        return run.ErrorLines[0];
    }

    /// <summary>Option values each command accepts when parsing but refuses once it runs (they depend on other options).</summary>
    public static TheoryData<string[]> RefusedWhenRun() =>
    [
        ["simulate", "optical-mouse", "--interarrival", "16", "--projects", "10", "--warmup", "20"],
        ["simulate", "optical-mouse", "--interarrival", "16", "--arrivals", "neither"],
        ["simulate", "optical-mouse", "--interarrival", "16", "--sequence", "1,2"],
        ["evaluate", "optical-mouse", "--sequence", "1,2"],
        ["sensitivity", "optical-mouse", "--interarrival", "30", "--projects", "10", "--warmup", "20"],
        ["analyze", "optical-mouse", "--projects", "10", "--warmup", "20"],
        ["capacity", "optical-mouse", "--target-duration", "100", "--projects", "10", "--warmup", "20"],
        ["portfolio", Repository.Path("experiments", "portfolios", "three-lines.yaml"), "--projects", "10", "--warmup", "20"],
    ];

    [Theory]
    [MemberData(nameof(RefusedWhenRun))]
    public void OptionValueRefusedWhenRun_EndsWithTheHelpLine(string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("devsim: --", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal($"Try 'devsim {args[0]} --help'.", run.ErrorLines[^1]);
    }

    [Fact]
    public void FileProblem_GetsNoHelpLine()
    {
        var file = CliRun.TempFile("name: x\ntypes: []\n");
        var run = CliRun.Of("portfolio", file);
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain(run.ErrorLines, l => l.StartsWith("Try ", StringComparison.Ordinal));
        File.Delete(file);
    }
}
