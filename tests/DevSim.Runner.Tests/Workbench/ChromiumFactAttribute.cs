namespace DevSim.Runner.Tests.Workbench;

/// <summary>
/// A test that drives a real browser: Debian's chromium and chromium-driver (apt-get install chromium chromium-driver;
/// .ci/run installs them). Skipped, saying why, where they are not installed: the test installs nothing itself.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>The browser (DEVSIM_CHROMIUM overrides).</summary>
    public static string Browser => Environment.GetEnvironmentVariable("DEVSIM_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Its driver (DEVSIM_CHROMEDRIVER overrides).</summary>
    public static string Driver => Environment.GetEnvironmentVariable("DEVSIM_CHROMEDRIVER") is { Length: > 0 } path ? path : "/usr/bin/chromedriver";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Browser) || !File.Exists(Driver))
            Skip = $"no Chromium here ({Browser} and {Driver} are needed): apt-get install chromium chromium-driver, as .ci/run does";
    }
}
