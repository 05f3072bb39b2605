using System.Collections.Concurrent;

namespace DevSim.Runner.Workbench;

/// <summary>
/// The finished runs, each with a folder of its files under one temporary root of the server's choosing. Bounded: past
/// <see cref="Capacity"/> runs the oldest is forgotten and its folder deleted; everything is deleted on shutdown.
/// </summary>
internal sealed class RunStore : IDisposable
{
    /// <summary>Runs kept at most.</summary>
    public const int Capacity = 100;

    private readonly ConcurrentDictionary<string, RunRecord> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>A store under a new temporary folder.</summary>
    public RunStore()
    {
        Root = Path.Combine(Path.GetTempPath(), $"devsim-workbench-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
    }

    /// <summary>The temporary root.</summary>
    public string Root { get; }

    /// <summary>Runs kept now.</summary>
    public int Count => _runs.Count;

    /// <summary>A new run's id and its empty folder.</summary>
    public (string Id, string Folder) NewFolder()
    {
        var id = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Root, id);
        Directory.CreateDirectory(folder);
        return (id, folder);
    }

    /// <summary>Keeps <paramref name="run"/>, forgetting the oldest past the capacity.</summary>
    public void Add(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _runs[run.Id] = run;
        _order.Enqueue(run.Id);
        while (_runs.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            if (_runs.TryRemove(oldest, out var gone))
                Delete(gone.Folder);
        }
    }

    /// <summary>The run <paramref name="id"/>, or null.</summary>
    public RunRecord? Find(string id) => _runs.TryGetValue(id, out var run) ? run : null;

    /// <summary>Deletes a folder of a run that was not kept (cancelled or failed).</summary>
    public static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on another thread: the root goes on shutdown.
        }
    }

    public void Dispose() => Delete(Root);
}
