using System.Runtime.InteropServices;

namespace DevSim.Runner.Cli;

/// <summary>What a path names: a regular file, a folder, a named pipe, a device, and so on.</summary>
internal enum FileType
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file: the only kind devsim reads input from.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A named pipe (FIFO): opening one blocks until some other process opens it for writing.</summary>
    Pipe,

    /// <summary>A character or block device such as /dev/zero, /dev/tty or a disk.</summary>
    Device,

    /// <summary>A Unix socket.</summary>
    Socket,

    /// <summary>The type could not be asked (no Unix status call on this platform): treated as a regular file.</summary>
    Unknown,
}

/// <summary>
/// Asks the file system what a path names without opening it: opening a named pipe that has no writer
/// blocks for ever, and a device such as /dev/zero never ends, so the input gate (<see cref="InputFiles"/>)
/// must know before it opens. Links are followed, so a link to /dev/zero is a device.
/// </summary>
/// <remarks>
/// .NET has no public call for the type (its FileAttributes say "Normal" for pipes and devices alike), so
/// this asks the runtime's own native library, libSystem.Native, which every .NET install on Linux and macOS
/// ships and which .NET's file classes call themselves. Only the first two fields of its status record are
/// read (flags, then the mode, whose type bits are the same S_IF* values on every platform it supports), into
/// a buffer larger than the record. Where the call is missing the answer is <see cref="FileType.Unknown"/>,
/// and reading still stops at the size limit.
/// </remarks>
internal static partial class FileTypes
{
    private const int TypeMask = 0xF000;
    private const int PipeBits = 0x1000, CharacterDeviceBits = 0x2000, FolderBits = 0x4000, BlockDeviceBits = 0x6000, RegularBits = 0x8000;
    private const int SocketBits = 0xC000;

    /// <summary>What <paramref name="path"/> names, following links.</summary>
    public static FileType Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
            return FileType.Folder;
        if (!File.Exists(path))
            return FileType.Missing;
        if (OperatingSystem.IsWindows())
            return FileType.Regular;
        int mode;
        try
        {
            if (Stat(path, out var status) != 0)
                return FileType.Unknown;
            mode = status.Mode;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileType.Unknown;
        }
        return (mode & TypeMask) switch
        {
            RegularBits => FileType.Regular,
            FolderBits => FileType.Folder,
            PipeBits => FileType.Pipe,
            CharacterDeviceBits or BlockDeviceBits => FileType.Device,
            SocketBits => FileType.Socket,
            _ => FileType.Unknown,
        };
    }

    /// <summary>"a named pipe", "a device" or "a socket" for a path that is none of a regular file, a folder or nothing; else null.</summary>
    public static string? Special(FileType type) => type switch
    {
        FileType.Pipe => "a named pipe",
        FileType.Device => "a device",
        FileType.Socket => "a socket",
        _ => null,
    };

    /// <summary>The head of libSystem.Native's FileStatus (flags, mode), in room for the whole record and more.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct NativeStatus
    {
        public int Flags;
        public int Mode;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Stat(string path, out NativeStatus status);
}
