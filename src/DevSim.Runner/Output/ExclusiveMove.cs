using System.Runtime.InteropServices;

namespace DevSim.Runner.Output;

/// <summary>
/// Moves a file to a name only if no file has that name, as one step of the file system, so that of two
/// processes moving files to one name at the same instant exactly one succeeds.
/// </summary>
/// <remarks>
/// <see cref="File.Move(string, string, bool)"/> without overwrite is not that on Linux: it looks for the
/// destination and, finding none, renames, which replaces a file another process put there in between
/// (seen under load: two sweeps into one new folder both kept their own plan). A hard link fails when the
/// name exists, in one call; on Windows the move itself is already exclusive.
/// </remarks>
internal static partial class ExclusiveMove
{
    /// <summary>
    /// Gives <paramref name="source"/>'s file the name <paramref name="destination"/> unless a file has it;
    /// returns false, leaving both as they were, when one does. <paramref name="source"/> is removed on success.
    /// </summary>
    /// <exception cref="IOException">The file system refused for another reason (no such folder, no permission).</exception>
    public static bool TryMove(string source, string destination)
    {
        if (!OperatingSystem.IsWindows())
        {
            if (Link(source, destination) == 0)
            {
                File.Delete(source);
                return true;
            }
            if (File.Exists(destination))
                return false;
            // A file system without hard links (some network shares): the move below, exclusive but for a rare race.
        }
        try
        {
            File.Move(source, destination, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(destination))
        {
            return false;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string source, string linkTarget);
}
