namespace DevSim.Runner.Workbench;

/// <summary>The page's three files, embedded in the program (no build step, nothing read from the server's disk).</summary>
internal static class WorkbenchPage
{
    /// <summary>The embedded files by name, with their content types.</summary>
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["app.js"] = "text/javascript; charset=utf-8",
        ["app.css"] = "text/css; charset=utf-8",
    };

    /// <summary>The bytes of an embedded file.</summary>
    public static byte[] Read(string name)
    {
        using var stream = typeof(WorkbenchPage).Assembly.GetManifestResourceStream($"DevSim.Workbench.{name}")
            ?? throw new InvalidOperationException($"the workbench's {name} is missing from the program");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
