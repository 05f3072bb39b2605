namespace DevSim.Engine.Simulation;

/// <summary>
/// The stretch of simulated time that time-averages cover: from the arrival of the first project
/// after the warm-up to the arrival of the last project (after it the system only drains, which
/// would bias queues low). Each bound is +infinity until it is known.
/// </summary>
internal struct ObservationWindow
{
    public double Start;
    public double End;

    public void Reset()
    {
        Start = double.PositiveInfinity;
        End = double.PositiveInfinity;
    }

    public readonly bool Contains(double t) => t >= Start && t <= End;

    /// <summary>Adds <paramref name="level"/> × the part of [from, to] inside the window to <paramref name="area"/>.</summary>
    public readonly void Accumulate(ref double area, double level, double from, double to)
    {
        var overlap = Math.Min(to, End) - Math.Max(from, Start);
        if (overlap > 0)
            area += level * overlap;
    }

    public readonly double Length(double now) => Math.Max(0, Math.Min(End, now) - Start);
}
