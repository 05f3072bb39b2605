using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests.Rules;

/// <summary>The dynamic updating of rework, docs/model.md#dynamic-updating-of-rework, on the paper's own examples.</summary>
public class ReworkRuleTests
{
    // The paper's two-task example: A = task 1, B = task 2.
    private static readonly ProcessModel TwoTasks = new(TestScenarios.Build([1, 1],
        TestScenarios.Cells(2, (1, 2, 0.5), (2, 1, 0.8)),
        TestScenarios.Cells(2, (1, 2, 0.7), (2, 1, 0.6))));

    [Fact]
    public void CompleteDefault_ReturnsTheBitsOfExactlyTheTasksWhosePendingWorkRose()
    {
        // The mouse, every task done, random pending work and amounts: the returned set is the set of tasks raised,
        // each through its own bit, and the pending work and stream end as Complete leaves them.
        var mouse = new ProcessModel(ScenarioReader.LoadBuiltIn("optical-mouse"));
        var n = mouse.TaskCount;
        ulong[] bitOf = [.. Enumerable.Range(0, n).Select(t => 1UL << (n - 1 - t))];
        var draws = new SplitMix64(11);
        var raisedSome = 0;
        for (var trial = 0; trial < 2_000; trial++)
        {
            var task = trial % n;
            var amount = 0.2 + 0.8 * draws.NextDouble();
            var pending = new double[n];
            for (var t = 0; t < n; t++)
                pending[t] = draws.NextDouble() < 0.5 ? 0 : draws.NextDouble();
            pending[task] = 0;
            var done = Enumerable.Repeat(true, n).ToArray();
            var before = (double[])pending.Clone();
            var plain = (double[])pending.Clone();
            var plainDone = (bool[])done.Clone();
            var seed = SeedMixer.Derive(12, (ulong)trial);
            var stream = new SplitMix64(seed);
            var plainStream = new SplitMix64(seed);

            var bits = ReworkRule.CompleteDefault(mouse, task, amount, pending, done, ref stream, bitOf);
            var anyRaised = ReworkRule.Complete(mouse, task, amount, plain, plainDone, ref plainStream);

            var expected = 0UL;
            for (var t = 0; t < n; t++)
            {
                if (pending[t] > before[t])
                    expected |= bitOf[t];
            }
            Assert.Equal(expected, bits);
            Assert.Equal(anyRaised, bits != 0);
            Assert.Equal(plain, pending);
            Assert.Equal(plainStream.NextUInt64(), stream.NextUInt64());
            raisedSome += bits != 0 ? 1 : 0;
        }
        Assert.InRange(raisedSome, 200, 1_900); // both outcomes occur, so the comparison above tested something
    }

    [Fact]
    public void Complete_ReworkOfAOfSize07_ReworksBWithProbability056BySize042()
    {
        // Both tasks done; A's rework of amount 0.7 completes. Count how often B gets rework.
        const int trials = 400_000;
        var hits = 0;
        var pending = new double[2];
        var done = new bool[2];
        for (var i = 0; i < trials; i++)
        {
            pending[0] = pending[1] = 0;
            done[0] = done[1] = true;
            var stream = new SplitMix64(SeedMixer.Derive(7, (ulong)i));
            ReworkRule.Complete(TwoTasks, task: 0, amount: 0.7, pending, done, ref stream);
            Assert.Equal(0, pending[0]); // A never reworks itself
            if (pending[1] > 0)
            {
                hits++;
                Assert.Equal(0.42, pending[1], 12);
            }
        }
        var p = (double)hits / trials;
        var halfWidth = 4 * Math.Sqrt(0.56 * 0.44 / trials); // 4 standard errors
        Assert.InRange(p, 0.56 - halfWidth, 0.56 + halfWidth);
    }

    [Fact]
    public void Complete_FirstExecutionOfB_ReworksAWithProbability05BySize07()
    {
        const int trials = 400_000;
        var hits = 0;
        var pending = new double[2];
        var done = new bool[2];
        for (var i = 0; i < trials; i++)
        {
            pending[0] = 0;
            pending[1] = 0;
            done[0] = true;
            done[1] = false;
            var stream = new SplitMix64(SeedMixer.Derive(8, (ulong)i));
            ReworkRule.Complete(TwoTasks, task: 1, amount: 1, pending, done, ref stream);
            Assert.True(done[1]);
            if (pending[0] > 0)
            {
                hits++;
                Assert.Equal(0.7, pending[0], 12);
            }
        }
        var halfWidth = 4 * Math.Sqrt(0.25 / trials);
        Assert.InRange((double)hits / trials, 0.5 - halfWidth, 0.5 + halfWidth);
    }

    [Fact]
    public void Complete_TaskNotYetDone_IsNeverReworked()
    {
        var pending = new double[] { 1, 0 };
        var done = new bool[] { false, false };
        for (ulong i = 0; i < 1000; i++)
        {
            var stream = new SplitMix64(i);
            ReworkRule.Complete(TwoTasks, task: 1, amount: 1, pending, done, ref stream);
            Assert.Equal(1, pending[0]); // still simply to do, with its full amount
        }
    }

    [Theory]
    [InlineData(0.3, 0.5, 0.5)] // the new rework is larger: it replaces the pending one
    [InlineData(0.6, 0.5, 0.6)] // the pending rework is larger: it stays
    public void Complete_ReworkAlreadyPending_TheLargerOneWins(double alreadyPending, double newImpact, double expected)
    {
        // Three tasks: A (1) done and already holding rework from B (2); C (3) completes and
        // reworks A for sure (RP = 1) by newImpact.
        var model = new ProcessModel(TestScenarios.Build([1, 1, 1],
            TestScenarios.Cells(3, (1, 3, 1.0)),
            TestScenarios.Cells(3, (1, 3, newImpact))));
        var pending = new[] { alreadyPending, 0, 0 };
        var done = new[] { true, true, false };
        var stream = new SplitMix64(1);
        ReworkRule.Complete(model, task: 2, amount: 1, pending, done, ref stream);
        Assert.Equal(expected, pending[0]);
    }

    [Fact]
    public void Complete_AlwaysConsumesOneUniformPerColumnNonZero_WhateverIsDone()
    {
        // Common random numbers rely on a task's stream being used in the same pattern under any sequence.
        var model = new ProcessModel(TestScenarios.Mouse);
        var column = 5; // task 6 has non-zeros in rows 1, 3, 5, 7, 9
        var count = model.ColumnStart[column + 1] - model.ColumnStart[column];
        Assert.Equal(5, count);
        var a = new SplitMix64(99);
        var b = new SplitMix64(99);
        ReworkRule.Complete(model, column, 1, new double[9], new bool[9], ref a);
        ReworkRule.Complete(model, column, 1, new double[9], Enumerable.Repeat(true, 9).ToArray(), ref b);
        var reference = new SplitMix64(99);
        for (var i = 0; i < count; i++)
            reference.NextUInt64();
        var next = reference.NextUInt64();
        Assert.Equal(next, a.NextUInt64());
        Assert.Equal(next, b.NextUInt64());
    }
}
