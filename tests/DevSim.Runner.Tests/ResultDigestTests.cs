using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace DevSim.Runner.Tests;

/// <summary>
/// Every number the commands print, pinned bit for bit: the JSON of evaluate, simulate, optimize and a
/// merged sweep (elapsed times removed), and a trace, each reduced to a SHA-256 digest. A refactor must
/// leave every digest unchanged; a deliberate change of results updates them in its own commit, saying why.
/// </summary>
public class ResultDigestTests
{
    public static TheoryData<string, string[]> Commands => new()
    {
        { "67ccfcf86af01626", ["evaluate", "optical-mouse", "--reps", "20000", "--seed", "3"] },
        { "563432956eef2565", ["evaluate", "optical-mouse-balanced", "--sequence", "8,7,5,9,2,3,4,6,1", "--reps", "20000"] },
        { "d6c9ac0595446da7", ["simulate", "optical-mouse", "--policy", "static", "--interarrival", "14", "--projects", "3000", "--reps", "3"] },
        { "327bd1fd162b0f75", ["simulate", "optical-mouse", "--policy", "dynamic", "--interarrival", "13", "--projects", "3000", "--reps", "3", "--seed", "5"] },
        { "a45f15a22ccd7612", ["simulate", "optical-mouse", "--policy", "rework-aware", "--interarrival", "15", "--projects", "3000", "--reps", "3"] },
        { "69e3ff1ec47e5ff4", ["simulate", "optical-mouse", "--sequence", "1,6,8,3,9,7,4,5,2", "--interarrival", "20", "--projects", "3000", "--reps", "2"] },
        { "178909a2c03e6b3e", ["simulate", "optical-mouse-balanced", "--policy", "dynamic", "--arrivals", "fixed", "--interarrival", "9", "--projects", "2000", "--reps", "2"] },
        { "d14578d7c0f2789c", ["simulate", "strongly-coupled", "--policy", "rework-aware", "--interarrival", "40", "--projects", "1000", "--reps", "2"] },
        { "a477abe4e2575079", ["optimize", "optical-mouse", "--reps", "200", "--race-reps", "2000", "--final-reps", "5000", "--max-generations", "20", "--top", "3"] },
        { "bb16cdd448a88e51", ["optimize", "strongly-coupled", "--method", "exhaustive", "--objective", "max", "--first-pass-reps", "50", "--survivors", "100", "--final-reps", "2000", "--top", "3"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_Json_DigestUnchanged(string digest, string[] args)
    {
        var run = CliRun.Of([.. args, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(digest, Digest(WithoutElapsed(run.Output)));
    }

    [Fact]
    public void Simulate_Trace_DigestUnchanged()
    {
        var trace = TestFiles.NewPath("devsim-digest-", ".csv");
        try
        {
            var run = CliRun.Of("simulate", "optical-mouse", "--policy", "dynamic", "--interarrival", "14", "--projects", "300",
                "--reps", "1", "--trace", trace, "--format", "json");
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Equal("faa9f4e0ce6a15cb", Digest(File.ReadAllText(trace)));
        }
        finally
        {
            File.Delete(trace);
        }
    }

    [Fact]
    public void SweepAndMerge_SmokeExperiment_DigestUnchanged()
    {
        var folder = TestFiles.NewPath("devsim-digest-");
        try
        {
            var experiment = Path.Combine(Repository.Root, "experiments", "smoke.yaml");
            var sweep = CliRun.Of("sweep", experiment, "--out", folder);
            Assert.True(sweep.ExitCode == 0, sweep.Error);
            var csv = Path.Combine(folder, "results.csv");
            var merge = CliRun.Of("merge", folder, "--out", csv);
            Assert.True(merge.ExitCode == 0, merge.Error);
            Assert.Equal("20409b8b1f1ae4ee", Digest(File.ReadAllText(csv)));
            Assert.Equal("f0ebc30e2867e933", Digest(WithoutElapsed(File.ReadAllText(Path.ChangeExtension(csv, ".json")))));
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    private static string WithoutElapsed(string json)
    {
        var node = JsonNode.Parse(json)!;
        Strip(node);
        return node.ToJsonString();

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var key in obj.Select(p => p.Key).Where(k => k.Contains("elapsed", StringComparison.OrdinalIgnoreCase)).ToList())
                        obj.Remove(key);
                    foreach (var (_, child) in obj)
                        Strip(child);
                    break;
                case JsonArray array:
                    foreach (var child in array)
                        Strip(child);
                    break;
            }
        }
    }

    private static string Digest(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))))[..16];
}
