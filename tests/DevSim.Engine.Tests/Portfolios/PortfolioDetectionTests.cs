using DevSim.Engine.Portfolios;

namespace DevSim.Engine.Tests.Portfolios;

/// <summary>How a command that takes a scenario or a portfolio tells them apart: a top-level <c>types</c> key.</summary>
public class PortfolioDetectionTests
{
    [Theory]
    [InlineData("types:\n  - name: A\n    scenario: optical-mouse\n    arrivals: { interarrival: 20 }\n", true)]
    [InlineData("{ \"name\": \"p\", \"types\": [] }", true)]
    [InlineData("name: s\ntasks:\n  - { id: 1, name: T1, duration: 5 }\n", false)]
    [InlineData("name: s\ntasks: [ { id: 1, types: 2 } ]\n", false)] // a nested key is not the top level
    [InlineData("types: [\n", false)] // malformed: left to the scenario reader, which says what is wrong
    [InlineData("- types\n", false)]
    public void IsPortfolio_ATopLevelTypesKey(string text, bool expected) => Assert.Equal(expected, PortfolioReader.IsPortfolio(text));
}
