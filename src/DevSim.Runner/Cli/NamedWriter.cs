using System.Text;

namespace DevSim.Runner.Cli;

/// <summary>
/// Standard output as devsim writes it: when the machine refuses a write (a full disk, a closed or read-only
/// descriptor), the error names the stream and the cause ("standard output: cannot write (No space left on
/// device)") rather than the bare system message, which does not say what could not be written.
/// </summary>
internal sealed class NamedWriter(TextWriter inner, string name) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null, as the inner writer's does
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (UnauthorizedAccessException e)
        {
            // .NET reports a descriptor that is closed or open only for reading as "Access to the path is denied".
            throw new EnvironmentErrorException(name, $"cannot write (it is closed, or open only for reading: {e.Message.TrimEnd('.')})");
        }
        catch (IOException e)
        {
            throw new EnvironmentErrorException(name, $"cannot write ({e.Message.Trim().TrimEnd('.')})");
        }
    }
}
