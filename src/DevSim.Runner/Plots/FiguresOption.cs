using System.CommandLine;
using DevSim.Runner.Cli;

namespace DevSim.Runner.Plots;

/// <summary>The --figures option every command that draws shares: svg, png or both.</summary>
internal static class FiguresOption
{
    /// <summary>A new --figures option, default both.</summary>
    public static Option<string> Create() => Validated(new Option<string>("--figures")
    {
        Description = "Which files each figure is written as: svg, png or both.",
        DefaultValueFactory = _ => "both",
    });

    /// <summary>The formats chosen.</summary>
    public static FigureFormats Get(ParseResult parse, Option<string> option) =>
        FigureWriter.Parse(parse?.GetValue(option)) ?? FigureFormats.Both;

    private static Option<string> Validated(Option<string> option)
    {
        option.Validators.Add(r => CommonOptions.OneOf(r, ["svg", "png", "both"]));
        return option;
    }
}
