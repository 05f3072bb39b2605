using DevSim.Runner.Output;

namespace DevSim.Runner.Tests;

/// <summary>
/// <see cref="ExclusiveMove"/>, behind a sweep's claim of its folder: a move to a free name succeeds, a move to a
/// taken name leaves both files as they were, and of movers racing to one name exactly one wins every time. Each case
/// runs the move as called (a hard link here) and the fallback for file systems without hard links, called directly.
/// </summary>
public class ExclusiveMoveTests
{
    /// <summary>A new folder holding a.tmp ("mine"), and the path of plan.json beside it.</summary>
    private static (string Source, string Destination) MineAndPlan()
    {
        var folder = TestFiles.NewFolder("exclusive-move-").FullName;
        var source = Path.Combine(folder, "a.tmp");
        File.WriteAllText(source, "mine");
        return (source, Path.Combine(folder, "plan.json"));
    }

    /// <summary>The move under test by name: the hard-link path, or the exclusive-create copy behind it.</summary>
    private static Func<string, string, bool> Mover(string name) => name switch
    {
        "link" => ExclusiveMove.TryMove,
        "copy" => ExclusiveMove.TryCopyExclusive,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("link")]
    [InlineData("copy")]
    public void TryMove_ToAFreeName_MovesTheFile(string mover)
    {
        var (source, destination) = MineAndPlan();

        Assert.True(Mover(mover)(source, destination));

        Assert.False(File.Exists(source));
        Assert.Equal("mine", File.ReadAllText(destination));
    }

    [Theory]
    [InlineData("link")]
    [InlineData("copy")]
    public void TryMove_ToATakenName_LeavesBothFiles(string mover)
    {
        var (source, destination) = MineAndPlan();
        File.WriteAllText(destination, "theirs");

        Assert.False(Mover(mover)(source, destination));

        Assert.Equal("mine", File.ReadAllText(source));
        Assert.Equal("theirs", File.ReadAllText(destination));
    }

    /// <summary>
    /// Four threads released together move their own file to one name, 300 times over. File.Move without overwrite
    /// let two of them win now and then on Linux (a look, then a rename that replaces); an exclusive move never does,
    /// however the threads interleave, and the file left is the one winner's, whole.
    /// </summary>
    [Theory]
    [InlineData("link")]
    [InlineData("copy")]
    public void TryMove_RacingMovers_ExactlyOneWinsAndItsFileStays(string mover)
    {
        var move = Mover(mover);
        var folder = TestFiles.NewFolder("exclusive-move-race-").FullName;
        const int movers = 4;
        for (var round = 0; round < 300; round++)
        {
            var destination = Path.Combine(folder, $"plan-{round}.json");
            var sources = Enumerable.Range(0, movers).Select(m => Path.Combine(folder, $"{round}-{m}.tmp")).ToArray();
            for (var m = 0; m < movers; m++)
                File.WriteAllText(sources[m], $"mover {m}");
            var won = new bool[movers];
            using var start = new Barrier(movers);
            var threads = Enumerable.Range(0, movers).Select(m => new Thread(() =>
            {
                start.SignalAndWait();
                won[m] = move(sources[m], destination);
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            var winner = Assert.Single(Enumerable.Range(0, movers), m => won[m]);
            Assert.Equal($"mover {winner}", File.ReadAllText(destination));
            // The losers keep their files; the winner's is gone from its old name.
            Assert.All(Enumerable.Range(0, movers), m => Assert.Equal(m != winner, File.Exists(sources[m])));
        }
    }

    [Fact]
    public void TryCopyExclusive_IntoAMissingFolder_ThrowsAndKeepsTheSource()
    {
        // Another refusal than a taken name is the file system's to report, not a lost race.
        var (source, destination) = MineAndPlan();
        var nowhere = Path.Combine(Path.GetDirectoryName(destination)!, "no-such-folder", "plan.json");

        Assert.ThrowsAny<IOException>(() => ExclusiveMove.TryCopyExclusive(source, nowhere));

        Assert.Equal("mine", File.ReadAllText(source));
    }
}
