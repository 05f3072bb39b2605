using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("DevSim.Runner.Tests.TestFilesFramework", "DevSim.Runner.Tests")]

namespace DevSim.Runner.Tests;

/// <summary>
/// xunit's own test framework, which deletes <see cref="TestFiles.Root"/> when the run is over. Not an exit handler: the
/// test host is stopped too soon after its last test for one to finish deleting a run's files (tried: it stopped midway).
/// </summary>
public sealed class TestFilesFramework(IMessageSink messageSink) : XunitTestFramework(messageSink), IDisposable
{
    void IDisposable.Dispose()
    {
        TestFiles.DeleteRoot();
        Dispose();
    }
}
