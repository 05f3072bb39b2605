namespace DevSim.Runner.Plots;

/// <summary>One resource's utilisation at one value of a swept setting, with its 95% CI, for <see cref="SweepPlots.UtilisationCurves"/>.</summary>
/// <param name="Resource">The resource's name (numbered in the order resources first appear, by <see cref="ResourceLabels"/>).</param>
/// <param name="X">The setting (mean interarrival time, load factor).</param>
/// <param name="Utilisation">Mean utilisation across replications.</param>
/// <param name="Lower">The CI's lower end.</param>
/// <param name="Upper">The CI's upper end.</param>
/// <param name="Overloaded">Whether the point was overloaded (left out of the curve).</param>
internal sealed record ResourceCurvePoint(string Resource, double X, double Utilisation, double Lower, double Upper, bool Overloaded);
