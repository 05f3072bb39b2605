using DevSim.Engine.Optimization;
using DevSim.Engine.Randomness;

namespace DevSim.Engine.Tests.Optimization;

/// <summary>Crossovers and mutations: hand-worked examples with forced cut points, and the permutation property.</summary>
public class OperatorTests
{
    // Goldberg & Lingle's classic example, 0-based: parents 123|4567|89 and 452|1876|93.
    private static readonly int[] First = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    private static readonly int[] Second = [3, 4, 1, 0, 7, 6, 5, 8, 2];

    [Fact]
    public void Pmx_ForcedCutPoints_MatchesTheHandWorkedChild()
    {
        var child = new int[9];
        new PartiallyMappedCrossover().Cross(First, Second, child, new CutPoints(3, 7));
        // Segment 4567 from the first; 4 -> 1 and 5 -> 8 through the mapping; 2, 9, 3 stay: 182|4567|93.
        Assert.Equal([0, 7, 1, 3, 4, 5, 6, 8, 2], child);
    }

    [Fact]
    public void Ox1_ForcedCutPoints_MatchesTheHandWorkedChild()
    {
        var child = new int[9];
        new OrderedCrossover().Cross(First, Second, child, new CutPoints(3, 7));
        // Segment 4567; from the second cut on the second parent reads 9 3 4 5 2 1 8 7 6, minus the
        // segment: 9 3 2 1 8, written from the second cut and wrapping: 218|4567|93.
        Assert.Equal([1, 0, 7, 3, 4, 5, 6, 8, 2], child);
    }

    [Fact]
    public void Pmx_WholeRangeCut_CopiesTheFirstParent()
    {
        var child = new int[9];
        new PartiallyMappedCrossover().Cross(First, Second, child, new CutPoints(0, 9));
        Assert.Equal(First, child);
    }

    [Fact]
    public void CutPoints_Invalid_AreRejected()
    {
        var child = new int[9];
        Assert.Throws<ArgumentException>(() => new PartiallyMappedCrossover().Cross(First, Second, child, new CutPoints(4, 4)));
        Assert.Throws<ArgumentException>(() => new OrderedCrossover().Cross(First, Second, child, new CutPoints(0, 10)));
        Assert.Throws<ArgumentException>(() => new PartiallyMappedCrossover().Cross(First, Second, new int[8], new CutPoints(0, 3)));
    }

    public static TheoryData<string> Operators => new() { "pmx", "ox1", "swap", "inversion" };

    [Theory]
    [MemberData(nameof(Operators))]
    public void Operator_ManyRandomParents_AlwaysReturnsAPermutation(string name)
    {
        var random = new SplitMix64(17);
        IPermutationCrossover? crossover = name switch { "pmx" => new PartiallyMappedCrossover(), "ox1" => new OrderedCrossover(), _ => null };
        IPermutationMutation? mutation = name switch { "swap" => new SwapMutation(), "inversion" => new InversionMutation(), _ => null };
        for (var trial = 0; trial < 5_000; trial++)
        {
            var n = 1 + (int)(random.NextUInt64() % 30);
            var a = Enumerable.Range(0, n).ToArray();
            var b = Enumerable.Range(0, n).ToArray();
            Permutations.Shuffle(a, ref random);
            Permutations.Shuffle(b, ref random);
            var child = new int[n];
            if (crossover is not null)
            {
                crossover.Cross(a, b, child, ref random);
            }
            else
            {
                a.CopyTo(child, 0);
                mutation!.Mutate(child, ref random);
                if (n >= 2)
                    Assert.NotEqual(a, child); // a mutation always changes something
            }
            Assert.True(Permutations.IsPermutation(child), $"{name} gave [{string.Join(",", child)}] from [{string.Join(",", a)}] and [{string.Join(",", b)}]");
        }
    }

    [Fact]
    public void CutPoints_Random_CoverEveryPairUniformly()
    {
        var random = new SplitMix64(3);
        var counts = new Dictionary<CutPoints, int>();
        for (var i = 0; i < 60_000; i++)
        {
            var cut = CutPoints.Random(4, ref random);
            Assert.InRange(cut.Start, 0, 3);
            Assert.InRange(cut.End, cut.Start + 1, 4);
            counts[cut] = counts.GetValueOrDefault(cut) + 1;
        }
        Assert.Equal(10, counts.Count); // C(5, 2) pairs from 0..4
        Assert.All(counts.Values, c => Assert.InRange(c, 5_400, 6_600));
    }

    [Fact]
    public void Unrank_And_Next_WalkEveryPermutationInLexicographicOrder()
    {
        var walked = new int[4];
        Permutations.Unrank(0, walked);
        for (var rank = 0; rank < 24; rank++)
        {
            var direct = new int[4];
            Permutations.Unrank(rank, direct);
            Assert.Equal(direct, walked);
            Assert.Equal(rank < 23, Permutations.Next(walked));
        }
    }
}
