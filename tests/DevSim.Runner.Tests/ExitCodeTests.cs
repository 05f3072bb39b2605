using DevSim.Runner.Cli;

namespace DevSim.Runner.Tests;

/// <summary>Which failures are the user's or the environment's (exit 2, one line each) and which are DevSim's own bugs (exit 1).</summary>
public class ExitCodeTests
{
    [Fact]
    public void UserLines_EnvironmentFailureWrappedByAWorkerThread_IsStillExitTwo()
    {
        var wrapped = new AggregateException(new AggregateException(new EnvironmentErrorException("/x/cells/000001.json", "cannot write (No space left on device)")));
        Assert.Equal(["/x/cells/000001.json: cannot write (No space left on device)"], DevSimApp.UserLines(wrapped));
    }

    [Fact]
    public void UserLines_IoAndPermissionFailures_AreTheEnvironments()
    {
        Assert.Equal(["Access to the path '/root/x' is denied."], DevSimApp.UserLines(new UnauthorizedAccessException("Access to the path '/root/x' is denied.")));
        Assert.NotNull(DevSimApp.UserLines(new IOException("No space left on device : '/x'")));
    }

    [Fact]
    public void UserLines_ABugOfDevSims_IsNotTheUsers()
    {
        Assert.Null(DevSimApp.UserLines(new InvalidOperationException("a bug")));
        Assert.Null(DevSimApp.UserLines(new AggregateException(new ArgumentOutOfRangeException("cell"))));
    }

    [Fact]
    public void ReasonOf_TemporaryNameAndRepeatedPath_AreLeftOut()
    {
        var e = new FileNotFoundException("Could not find file '/proc/x.csv.tmp-12-host-0badc0de'.");
        Assert.Equal("/proc/x.csv: cannot write (Could not find file)", new EnvironmentErrorException("/proc/x.csv", "cannot write", e).Message);
        var full = new IOException("No space left on device : '/d/results.csv'");
        Assert.Equal("/d/results.csv: cannot write (No space left on device)", new EnvironmentErrorException("/d/results.csv", "cannot write", full).Message);
    }
}
