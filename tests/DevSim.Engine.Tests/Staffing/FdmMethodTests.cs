using DevSim.Engine.Randomness;
using DevSim.Engine.Staffing;

namespace DevSim.Engine.Tests.Staffing;

/// <summary>Chen &amp; Kim's staffing method, equation by equation, on hand-computed cases and on the paper's inputs.</summary>
public class FdmMethodTests
{
    private static string PaperFile => Path.Combine(AppContext.BaseDirectory, "teams", "chen-kim-2013.yaml");

    private static Team Small(int[][] requires, int[][] abilities) => new("small",
        [.. requires[0].Select((_, k) => new TeamSkill($"s{k + 1}", ""))],
        [.. requires.Select((r, t) => new TeamTask($"T{t + 1}", $"task {t + 1}", r))],
        [.. abilities.Select((a, p) => new TeamMember($"P{p + 1}", "", a))]);

    [Fact]
    public void Fdm_AndDistance_MatchThePapersWorkedExamples()
    {
        // Section 4.2: FDM(R1, V1) = 3x5 + 3x4 + 4x3 + 3x4 + 2x4 = 59 and FDM(R1, V2) = 53;
        // section 4.4: Dis(V1, R1) = (3-5) + (3-4) + (4-3) + (3-4) + (2-4) = -5.
        var plan = FdmMethod.Compute(TeamReader.Parse(File.ReadAllText(PaperFile), PaperFile));
        Assert.Equal(59, plan.Fdm[0][0]);
        Assert.Equal(53, plan.Fdm[0][1]);
        Assert.Equal(-5, plan.Distance[0][0]);
        Assert.Equal(82, plan.Fdm[0][6]); // printed 73: the paper's own inputs give 5x5 + 4x4 + 3x3 + 4x4 + 4x4
    }

    [Fact]
    public void PaperInputs_GiveTheAbilityOrderAndLeaderThePaperStates()
    {
        var plan = FdmMethod.Compute(TeamReader.Parse(File.ReadAllText(PaperFile), PaperFile));
        Assert.Equal(["V2", "V3", "V1", "V5", "V4", "V7", "V6"], plan.AbilityOrder);
        Assert.Equal("V6", plan.Leader);
        Assert.Equal([20, 18, 13, 13, 14, 12, 13], plan.Difficulty); // eq. 9; printed 14 and 15 for R3 and R5
        Assert.Equal(38.0 / 7, plan.AverageRank[0], 12); // V1's ranks 5, 5, 5, 5, 7, 6, 5
    }

    [Fact]
    public void Ranks_AreCompetitionRanks_HighestFdmFirst_TiesShare()
    {
        // Table 6's first row from Table 5's: 59 53 59 66 67 83 73 -> 5 7 5 4 3 1 2.
        Assert.Equal([5, 7, 5, 4, 3, 1, 2], FdmMethod.CompetitionRanks([59, 53, 59, 66, 67, 83, 73]));
        Assert.Equal([1, 1, 3], FdmMethod.CompetitionRanks([4, 4, 2]));
    }

    [Fact]
    public void HandBuiltTeam_EveryTable()
    {
        // Two skills. T1 needs (1, 1), T2 (3, 3), T3 (2, 1). P1 has (1, 2), P2 (3, 3), P3 (2, 1).
        var plan = FdmMethod.Compute(Small([[1, 1], [3, 3], [2, 1]], [[1, 2], [3, 3], [2, 1]]));
        Assert.Equal([3, 6, 3], plan.Fdm[0]);     // 1x1+1x2, 1x3+1x3, 1x2+1x1
        Assert.Equal([9, 18, 9], plan.Fdm[1]);
        Assert.Equal([4, 9, 5], plan.Fdm[2]);     // 2x1+1x2, 2x3+1x3, 2x2+1x1
        Assert.Equal([2, 1, 2], plan.Ranks[0]);
        Assert.Equal([3, 1, 2], plan.Ranks[2]);
        Assert.Equal([7.0 / 3, 1, 2], plan.AverageRank); // P1: 2, 2, 3
        Assert.Equal(["P1", "P3", "P2"], plan.AbilityOrder);
        Assert.Equal([2, 6, 3], plan.Difficulty);
        Assert.Equal([1, 4, 1], plan.Distance[0]); // (1-1)+(2-1), (3-1)+(3-1), (2-1)+(1-1)
        Assert.Equal([-3, 0, -3], plan.Distance[1]);
        // Easiest T1 -> weakest P1, T3 -> P3, hardest T2 -> strongest P2.
        Assert.Equal([("T1", "P1", 1, false), ("T2", "P2", 0, false), ("T3", "P3", 0, false)],
            plan.Assignment.Select(a => (a.Task, a.Person, a.Distance, a.NeedsHelp)));
        // Leader P2's distances 4, 0, 3: mean 7/3, floor 2 - 1 = 1, ceiling 3 - 1 = 2.
        Assert.Equal(1, plan.StandardValue);
        Assert.Equal(2, plan.StandardValueWithCeiling);
        // Leader links P2-P1, P2-P3; then cells >= 1 link the person to the task's assignee: row T1 (P1):
        // P2 (leader, already), P3 (1) -> P3-P1; row T2 (P2): none new; row T3 (P3): P1 (0 < 1) no.
        Assert.Equal([("P2", "P1"), ("P2", "P3"), ("P3", "P1")], plan.Edges.Select(e => (e.From, e.To)));
        // Eq. 13 for 3 people: max 3 edges, floor(3/2) +- floor(3/2) = 0 to 2; 3 edges is high.
        Assert.Equal((0, 2), plan.NormalRange);
        Assert.Equal(ConflictLevel.High, plan.ConflictLevel);
    }

    [Fact]
    public void NegativeDistance_IsFlaggedAsNeedingHelp()
    {
        // One skill: the task needs 5, the only person has 2.
        var plan = FdmMethod.Compute(Small([[5]], [[2]]));
        Assert.True(plan.Assignment.Single().NeedsHelp);
        Assert.Equal(-3, plan.Assignment.Single().Distance);
    }

    [Fact]
    public void MorePeopleThanTasks_TheWeakestAreLeftWithout()
    {
        var plan = FdmMethod.Compute(Small([[2], [4]], [[1], [5], [3]]));
        Assert.Equal(["P1"], plan.Unassigned);
        Assert.Equal([("T1", "P3"), ("T2", "P2")], plan.Assignment.Select(a => (a.Task, a.Person)));
    }

    [Fact]
    public void NormalRange_FollowsEq13WithFloors()
    {
        var seven = FdmMethod.Compute(TeamReader.Parse(File.ReadAllText(PaperFile), PaperFile));
        Assert.Equal(21, seven.MaxEdges);
        Assert.Equal((7, 13), seven.NormalRange); // 10 +- 3; the paper prints 7-14 and 7-15
        Assert.Equal(13, seven.Edges.Count);
        Assert.Equal(ConflictLevel.Normal, seven.ConflictLevel);
        Assert.Equal(5, seven.StandardValue); // floor(44/7) - 1; the example's ceiling gives 6
        Assert.Equal(6, seven.StandardValueWithCeiling);
    }

    [Fact]
    public void Distance_IsAbilitySumMinusDifficulty_SoEquallyDifficultTasksCannotBeTold_Apart()
    {
        // Why section 4.5's tie-break by distance is void: on 200 random teams, every distance is the
        // person's ability sum minus the task's difficulty, so two tasks of equal difficulty have equal
        // distances to everyone.
        var random = new SplitMix64(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var skills = 1 + (int)(random.NextDouble() * 6);
            var tasks = 1 + (int)(random.NextDouble() * 6);
            var people = tasks + (int)(random.NextDouble() * 3);
            int[] Levels() => [.. Enumerable.Range(0, skills).Select(_ => 1 + (int)(random.NextDouble() * 5))];
            var team = Small([.. Enumerable.Range(0, tasks).Select(_ => Levels())], [.. Enumerable.Range(0, people).Select(_ => Levels())]);
            var plan = FdmMethod.Compute(team);
            for (var t = 0; t < tasks; t++)
            {
                for (var p = 0; p < people; p++)
                    Assert.Equal(team.People[p].Abilities.Sum() - plan.Difficulty[t], plan.Distance[t][p]);
            }
            // And the assignment always pairs the k-th easiest task with the k-th weakest staffed person.
            var staffed = plan.AbilityOrder.Skip(people - tasks).ToList();
            for (var k = 0; k < tasks; k++)
                Assert.Equal(staffed[k], plan.Assignment.Single(a => a.Task == plan.DifficultyOrder[k]).Person);
        }
    }

    [Fact]
    public void PublishedComparison_NamesEveryDifferenceOfThePaper_AndNoneWhenPrintedEqualsComputed()
    {
        var team = TeamReader.Parse(File.ReadAllText(PaperFile), PaperFile);
        var differences = PublishedComparison.Differences(FdmMethod.Compute(team));
        Assert.Contains(differences, d => d.Table.StartsWith("FDM", StringComparison.Ordinal) && d.Cell == "R1/V7" && d.Computed == "82" && d.Printed == "73");
        Assert.Equal(["R3", "R5"], differences.Where(d => d.Table.StartsWith("difficulty", StringComparison.Ordinal)).Select(d => d.Cell));
        Assert.Contains(differences, d => d.Table.StartsWith("standard value", StringComparison.Ordinal) && d.Computed == "5 (floor)" && d.Printed == "6 (ceiling)");
        Assert.Equal(["7-14", "7-15"], differences.Where(d => d.Table.StartsWith("normal conflict", StringComparison.Ordinal)).Select(d => d.Printed));
        Assert.DoesNotContain(differences, d => d.Table.StartsWith("leader", StringComparison.Ordinal)); // V6 follows from the inputs
        Assert.DoesNotContain(differences, d => d.Table.StartsWith("ability order", StringComparison.Ordinal));

        var plan = FdmMethod.Compute(team);
        var faithful = team with
        {
            Published = new PublishedStaffing
            {
                Fdm = plan.Fdm,
                Ranks = plan.Ranks,
                AverageRank = plan.AverageRank,
                AbilityOrder = plan.AbilityOrder,
                Difficulty = plan.Difficulty,
                Distance = plan.Distance,
                Assignment = plan.Assignment.ToDictionary(a => a.Task, a => a.Person),
                Leader = plan.Leader,
                StandardValue = plan.StandardValue,
                Edges = plan.Edges.Count,
                NormalRanges = [new PublishedRange("here", 7, 13)],
            },
        };
        // Only the floor/ceiling note remains: it compares two readings of eq. 12, not a printed value.
        Assert.All(PublishedComparison.Differences(FdmMethod.Compute(faithful)), d => Assert.StartsWith("standard value", d.Table, StringComparison.Ordinal));
    }
}
