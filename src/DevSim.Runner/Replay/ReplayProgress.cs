namespace DevSim.Runner.Replay;

/// <summary>One stage of the replay as it runs: told how far it is, then that it is finished.</summary>
internal interface IReplayStage
{
    /// <summary>Work done so far out of <paramref name="total"/> (any unit); callable from any thread.</summary>
    void Report(double done, double total);

    /// <summary>The stage is complete.</summary>
    void Finish();
}

/// <summary>Where the replay reports its stages: a progress bar on a terminal, a line per stage elsewhere.</summary>
internal interface IReplayProgress
{
    /// <summary>Starts a stage named <paramref name="name"/>.</summary>
    IReplayStage Begin(string name);
}
