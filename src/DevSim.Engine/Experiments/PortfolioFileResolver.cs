using DevSim.Engine.Portfolios;

namespace DevSim.Engine.Experiments;

/// <summary>
/// Returns the portfolio an experiment's <c>portfolios:</c> entry names (<paramref name="reference"/>, a path relative
/// to the experiment file), or null when no such file exists. The runner supplies it: the engine reads no files. An
/// invalid portfolio is a <see cref="PortfolioException"/> listing its problems; a file that exists but cannot be read
/// is an <see cref="IOException"/> whose message says why.
/// </summary>
/// <param name="reference">The entry of the experiment's <c>portfolios:</c> list.</param>
public delegate Portfolio? PortfolioFileResolver(string reference);
