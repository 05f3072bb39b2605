using System.Globalization;
using DevSim.Runner.Cli;

namespace DevSim.Runner.Sweep;

/// <summary>The <c>--shard k/n</c> option: this process runs the cells whose index modulo n is k.</summary>
internal readonly record struct ShardSpec(int Index, int Count)
{
    public static ShardSpec All => new(0, 1);

    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k < n)
        {
            return new ShardSpec(k, n);
        }
        throw new UserErrorException($"--shard: '{text}' is not k/n with 0 <= k < n (for example 0/4 ... 3/4)");
    }

    public override string ToString() => $"{Index}/{Count}";
}
