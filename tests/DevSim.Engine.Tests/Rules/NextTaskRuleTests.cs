using DevSim.Engine.Rules;

namespace DevSim.Engine.Tests.Rules;

/// <summary>The static and dynamic next-task rules of docs/model.md#sequencing-policies.</summary>
public class NextTaskRuleTests
{
    private readonly struct IdleSet(params int[] idle) : IResourceAvailability
    {
        public bool IsIdle(int resource) => idle.Contains(resource);
    }

    private static readonly int[] Sequence = [2, 0, 3, 1];
    private static readonly int[] OwnResource = [0, 1, 2, 3];

    [Fact]
    public void StaticChoice_EarlierTaskHasRework_ReworkComesFirst()
    {
        // Task 2 is first in the sequence and has rework pending; task 3 was never started.
        var pending = new[] { 0, 1, 0.3, 1 };
        Assert.Equal(0, NextTaskRule.StaticChoice(Sequence, pending));
    }

    [Fact]
    public void StaticChoice_NothingPending_ReturnsMinusOne() =>
        Assert.Equal(-1, NextTaskRule.StaticChoice(Sequence, new double[4]));

    [Fact]
    public void DynamicAlternative_FirstLaterPendingTaskWithIdleResource_IsChosen()
    {
        var pending = new double[] { 1, 1, 1, 1 };
        var idle = new IdleSet(1, 3); // tasks 1 and 3 could start; task 0 (position 1) could not
        Assert.Equal(2, NextTaskRule.DynamicAlternative(Sequence, pending, 0, OwnResource, ref idle));
    }

    [Fact]
    public void DynamicAlternative_OnlyEarlierOrDoneTasksIdle_ReturnsMinusOne()
    {
        var pending = new double[] { 1, 0, 1, 0 };
        var idle = new IdleSet(1, 3); // both idle tasks have nothing pending
        Assert.Equal(-1, NextTaskRule.DynamicAlternative(Sequence, pending, 0, OwnResource, ref idle));
    }
}
