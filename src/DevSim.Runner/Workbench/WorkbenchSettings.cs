namespace DevSim.Runner.Workbench;

/// <summary>Where the workbench listens and how many runs it does at once (<c>devsim serve</c>'s options).</summary>
/// <param name="Host">The address to bind: 127.0.0.1 (this machine only) by default.</param>
/// <param name="Port">The port: 5080 by default; 0 picks a free one (tests).</param>
/// <param name="MaxRuns">Runs working at once; the rest wait in a queue.</param>
internal sealed record WorkbenchSettings(string Host = WorkbenchSettings.DefaultHost, int Port = WorkbenchSettings.DefaultPort, int MaxRuns = 1)
{
    /// <summary>This machine only.</summary>
    public const string DefaultHost = "127.0.0.1";

    /// <summary>The default port.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Whether <see cref="Host"/> is reachable from this machine only.</summary>
    public bool IsLoopback => Host is "localhost" || (System.Net.IPAddress.TryParse(Host, out var address) && System.Net.IPAddress.IsLoopback(address));
}
