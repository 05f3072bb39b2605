namespace DevSim.Runner.Plots;

/// <summary>One member of each group in a grouped bar chart: a value per category, optionally with a 95% CI.</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="Values">One value per category; a non-finite value is not drawn and is marked "n/a".</param>
/// <param name="Lower">Lower CI bound per category, or null for no error bars.</param>
/// <param name="Upper">Upper CI bound per category, or null.</param>
internal sealed record BarSeries(string Name, IReadOnlyList<double> Values, IReadOnlyList<double>? Lower = null, IReadOnlyList<double>? Upper = null);
