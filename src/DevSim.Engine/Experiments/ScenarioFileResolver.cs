namespace DevSim.Engine.Experiments;

/// <summary>
/// Returns the text of the scenario file an experiment names (<paramref name="reference"/>, as
/// written in the experiment, relative to it), or null when no such file exists, so that a built-in
/// scenario of that name is used. The runner supplies it: the engine reads no files. A file that
/// exists but cannot be read is an <see cref="IOException"/> whose message says why.
/// </summary>
/// <param name="reference">The entry of the experiment's <c>scenarios:</c> list.</param>
public delegate string? ScenarioFileResolver(string reference);
