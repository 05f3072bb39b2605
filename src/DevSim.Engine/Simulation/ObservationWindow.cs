namespace DevSim.Engine.Simulation;

/// <summary>
/// The stretch of simulated time that time-averages cover: from the arrival of the first project
/// after the warm-up to the arrival of the last project (after it the system only drains, which
/// would bias queues low); for a finite list of arrivals, which is a whole schedule rather than a
/// sample of a steady state, to the last completion. Each bound is +infinity until it is known.
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

    /// <summary>The length of the part of [from, to] inside the window; zero or less when they do not meet.</summary>
    /// <remarks>
    /// Plain comparisons rather than <see cref="Math.Min(double, double)"/>: times are never NaN, and the NaN- and
    /// signed-zero-aware forms cost a score of instructions on every event.
    /// </remarks>
    public readonly double Overlap(double from, double to) => Branchless.Min(to, End) - Branchless.Max(from, Start);

    public readonly double Length(double now) => Math.Max(0, Math.Min(End, now) - Start);
}
