using System.Globalization;

namespace DevSim.Engine.Input;

/// <summary>
/// What one input file may hold, counted as it is read so that memory stays bounded whatever the file
/// says: the runner's input gate bounds its bytes (16 MiB), and these bound what the parsers build from them.
/// </summary>
public static class InputLimits
{
    /// <summary>
    /// YAML or JSON nodes in one file (every value, list and mapping): 1,000,000. A 700-task process with
    /// both matrices written out has about 986,000; a parsed node costs a few hundred bytes, so a file at
    /// the limit takes some hundreds of megabytes while it is read, where 16 MiB of short values once took
    /// 1.3 GB before a clean error.
    /// </summary>
    public const int MaxNodes = 1_000_000;

    /// <summary>Problems listed for one file: 100; one more line says that the rest are not.</summary>
    public const int MaxProblems = 100;

    /// <summary>The refusal of a file holding more than <see cref="MaxNodes"/> nodes.</summary>
    public static string TooManyNodes =>
        $"the file holds more than {MaxNodes.ToString("N0", CultureInfo.InvariantCulture)} values, lists and mappings, the most DevSim reads " +
        "from one file (a 700-task process with both matrices written out has about 986,000)";
}
