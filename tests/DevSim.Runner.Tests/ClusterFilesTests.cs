using YamlDotNet.RepresentationModel;

namespace DevSim.Runner.Tests;

/// <summary>
/// The shipped cluster files keep their contract with devsim (no Kubernetes here to run them): each
/// pod runs its own shard of the same count, sized from its CPU limit, and the merge reads the same folder.
/// (The Slurm scripts are run for real by <see cref="SlurmSweepTests"/>.)
/// </summary>
public class ClusterFilesTests
{
    private static YamlMappingNode Load(string file)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Repository.Path("experiments", "cluster", file))));
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => int.TryParse(key, out var i) ? ((YamlSequenceNode)n)[i] : ((YamlMappingNode)n)[key]);

    private static string Env(YamlNode container, string name) =>
        ((YamlSequenceNode)At(container, "env")).Cast<YamlMappingNode>().Single(e => e["name"].ToString() == name) is var entry
        && entry.Children.TryGetValue("value", out var value) ? value.ToString() : "";

    [Fact]
    public void KubernetesSweep_IsAnIndexedJobWithOneShardPerCompletion()
    {
        var job = Load("k8s-sweep.yaml");
        Assert.Equal("Job", At(job, "kind").ToString());
        Assert.Equal("Indexed", At(job, "spec", "completionMode").ToString());
        var container = At(job, "spec", "template", "spec", "containers", "0");
        var shards = Env(container, "SHARDS");
        Assert.Equal(shards, At(job, "spec", "completions").ToString());
        Assert.Equal(shards, At(job, "spec", "parallelism").ToString());
        Assert.Equal("Never", At(job, "spec", "template", "spec", "restartPolicy").ToString());

        var command = At(container, "args", "0").ToString();
        Assert.Contains("devsim sweep", command, StringComparison.Ordinal);
        Assert.Contains("--shard \"$JOB_COMPLETION_INDEX/$SHARDS\"", command, StringComparison.Ordinal);
        Assert.Contains("--threads \"$THREADS\"", command, StringComparison.Ordinal);
        Assert.Equal("limits.cpu", At(container, "env", "3", "valueFrom", "resourceFieldRef", "resource").ToString());
        Assert.True(File.Exists(Repository.Path("experiments", Env(container, "EXPERIMENT"))));
    }

    [Fact]
    public void KubernetesMerge_ReadsTheSweepsFolderAndVolume()
    {
        var sweep = Load("k8s-sweep.yaml");
        var merge = Load("k8s-merge.yaml");
        var run = Env(At(sweep, "spec", "template", "spec", "containers", "0"), "RUN");
        var container = At(merge, "spec", "template", "spec", "containers", "0");
        Assert.Equal(run, Env(container, "RUN"));
        Assert.Contains("devsim merge \"/results/$RUN\"", At(container, "args", "0").ToString(), StringComparison.Ordinal);
        Assert.Equal(At(sweep, "spec", "template", "spec", "volumes", "0", "persistentVolumeClaim", "claimName").ToString(),
            At(merge, "spec", "template", "spec", "volumes", "0", "persistentVolumeClaim", "claimName").ToString());
    }
}
