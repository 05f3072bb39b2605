namespace DevSim.Runner.Workbench;

/// <summary>
/// The portfolios the page can start from, embedded in the program: the shipped experiments/portfolios/three-lines.yaml,
/// whose Device line names a scenario file (experiments/scenarios/device-constrained.yaml) that is written inline into
/// the draft, since a portfolio from the browser may name no file. Run unchanged, it gives <c>devsim portfolio</c>'s
/// numbers for the shipped file.
/// </summary>
internal static class PortfolioExamples
{
    /// <summary>The example's name.</summary>
    public const string ThreeLines = "three-lines";

    private const string DeviceFile = "../scenarios/device-constrained.yaml";

    /// <summary>The examples' names.</summary>
    public static IReadOnlyList<string> Names { get; } = [ThreeLines];

    /// <summary>The example called <paramref name="name"/> as a draft, or null.</summary>
    public static PortfolioDraft? Draft(string name) => name == ThreeLines
        ? PortfolioDraft.From(Text("three-lines.yaml"), "three-lines.yaml", reference => reference == DeviceFile ? Text("device-constrained.yaml") : null)
        : null;

    /// <summary>A new portfolio: one type, the optical mouse arriving every 20 days on average.</summary>
    public static PortfolioDraft Blank() => new()
    {
        FileName = "new-portfolio.yaml",
        Name = "new-portfolio",
        Types = [PortfolioDraft.NewType("Mouse", "optical-mouse", "20")],
    };

    private static string Text(string name)
    {
        using var stream = typeof(PortfolioExamples).Assembly.GetManifestResourceStream($"DevSim.Workbench.Examples.{name}")
            ?? throw new InvalidOperationException($"the workbench's example {name} is missing from the program");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
