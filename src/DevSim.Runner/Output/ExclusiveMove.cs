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
/// name exists, in one call; on Windows the move itself is already exclusive. A file system without hard
/// links (some network shares, FAT) gets <see cref="TryCopyExclusive"/>: creating the name with
/// <see cref="FileMode.CreateNew"/> (O_CREAT|O_EXCL) is the one exclusive step there.
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
        if (OperatingSystem.IsWindows())
            return TryWindowsMove(source, destination);
        if (Link(source, destination) == 0)
        {
            File.Delete(source);
            return true;
        }
        if (File.Exists(destination))
            return false;
        // No hard link here (or it failed for a reason the exclusive create below meets again and reports).
        return TryCopyExclusive(source, destination);
    }

    /// <summary>
    /// The move where hard links are missing: creates <paramref name="destination"/> only if no file has the name (one
    /// exclusive step, so of racing movers exactly one creates it), copies <paramref name="source"/> into it, then removes
    /// <paramref name="source"/>. Returns false, leaving both as they were, when the name was taken. Unlike a link, the
    /// winner's file is visible while its contents are copied; a copy that fails (a full disk) removes what it created.
    /// </summary>
    /// <exception cref="IOException">The file system refused for another reason (no such folder, no permission).</exception>
    internal static bool TryCopyExclusive(string source, string destination)
    {
        using (var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            FileStream to;
            try
            {
                to = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            }
            catch (IOException) when (File.Exists(destination))
            {
                return false;
            }
            try
            {
                using (to)
                {
                    from.CopyTo(to);
                    to.Flush(flushToDisk: true);
                }
            }
            catch
            {
                // The name is ours: a half-copied file would read as the winner's whole one.
                File.Delete(destination);
                throw;
            }
        }
        File.Delete(source);
        return true;
    }

    private static bool TryWindowsMove(string source, string destination)
    {
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
