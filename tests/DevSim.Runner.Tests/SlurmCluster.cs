using System.Diagnostics;

namespace DevSim.Runner.Tests;

/// <summary>
/// A Slurm cluster for the cluster test: the one already answering on this machine, or (as root, with
/// DEVSIM_SLURM_START=1) a one-node cluster on localhost started from tests/cluster and stopped again.
/// </summary>
internal sealed class SlurmCluster : IDisposable
{
    public const string StartVariable = "DEVSIM_SLURM_START";

    private readonly bool _started;

    private SlurmCluster(bool started) => _started = started;

    private static readonly Lazy<string?> WhyUnavailable = new(FindWhyUnavailable);

    /// <summary>Why the test cannot run here, or null when it can (asked once per test run).</summary>
    public static string? Unavailable() => WhyUnavailable.Value;

    private static string? FindWhyUnavailable()
    {
        if (Answers())
            return null;
        if (Environment.GetEnvironmentVariable(StartVariable) == "1")
        {
            return Environment.UserName == "root" || Run("id", "-u").Output.Trim() == "0"
                ? null
                : $"{StartVariable}=1 needs root to start a one-node Slurm";
        }
        return $"no Slurm cluster answers here; as root, set {StartVariable}=1 to start a one-node Slurm on localhost (tests/cluster/single-node-slurm.sh)";
    }

    /// <summary>Uses the running cluster, or starts one (and stops it on Dispose).</summary>
    public static SlurmCluster Acquire()
    {
        if (Answers())
            return new SlurmCluster(started: false);
        var start = Run("bash", Repository.Path("tests", "cluster", "single-node-slurm.sh"));
        if (start.ExitCode != 0 || !start.Output.Contains("slurm ready", StringComparison.Ordinal))
            throw new InvalidOperationException($"could not start Slurm (exit {start.ExitCode}):\n{start.Output}");
        return new SlurmCluster(started: true);
    }

    public void Dispose()
    {
        if (_started)
            Run("bash", Repository.Path("tests", "cluster", "stop-single-node-slurm.sh"));
    }

    private static bool Answers()
    {
        try
        {
            // An installed Slurm whose controller is down makes sinfo retry for a while: do not wait for it.
            var info = Run("sinfo", ["-h", "-o", "%T"], new Dictionary<string, string>(), TimeSpan.FromSeconds(5));
            return info.ExitCode == 0 && info.Output.Trim().Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // sinfo is not installed
        }
    }

    /// <summary>Runs a program to its end (at most 15 minutes), returning its exit code and its output and errors together.</summary>
    public static (int ExitCode, string Output) Run(string program, params string[] args) => Run(program, args, new Dictionary<string, string>());

    public static (int ExitCode, string Output) Run(string program, string[] args, IReadOnlyDictionary<string, string> environment, TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(limit ?? TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, output.Result + error.Result + "\n(timed out)");
        }
        process.WaitForExit(); // the output is complete only after this
        return (process.ExitCode, output.Result + error.Result);
    }
}

/// <summary>A test that needs a Slurm cluster: skipped, saying why, where none is available.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SlurmFactAttribute : FactAttribute
{
    public SlurmFactAttribute()
    {
        if (SlurmCluster.Unavailable() is { } reason)
            Skip = reason;
    }
}
