using DevSim.Engine.Evaluation;
using DevSim.Engine.Optimization;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;

namespace DevSim.Engine.Tests.Optimization;

/// <summary>
/// The exhaustive search's batch evaluation (sorted orders, shared first tasks) gives each sequence the same
/// fitness, bit for bit, as evaluating it alone, and counts the same replications.
/// </summary>
public class SequenceFitnessTests
{
    [Fact]
    public void MeansOfSorted_SameBitsAsEachMeanAlone()
    {
        var model = new ProcessModel(TestScenarios.Mouse);
        var random = new SplitMix64(11);
        var sequences = new List<int[]>();
        for (var i = 0; i < 97; i++)
        {
            var s = Enumerable.Range(0, 9).ToArray();
            Permutations.Shuffle(s.AsSpan(i % 4), ref random); // a quarter keep the first three tasks in place
            sequences.Add(s);
        }
        var sorted = sequences.OrderBy(s => s, Comparer<int[]>.Create(SharedPrefixRun.Compare)).ToArray();
        var fitness = new SequenceFitness(model, seed: 5, maxDegreeOfParallelism: 1);
        var means = new double[sorted.Length];
        fitness.MeansOfSorted(sorted, 40, new SharedPrefixRun(model), means);

        var alone = new SequenceFitness(model, seed: 5, maxDegreeOfParallelism: 1);
        var run = new SingleProjectRun(model);
        for (var i = 0; i < sorted.Length; i++)
            Assert.Equal(BitConverter.DoubleToInt64Bits(alone.Mean(sorted[i], 40, run)), BitConverter.DoubleToInt64Bits(means[i]));
        Assert.Equal(alone.ReplicationsSimulated, fitness.ReplicationsSimulated);
    }
}
