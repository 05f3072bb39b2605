using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace DevSim.Runner.Tests.Workbench;

/// <summary>
/// The workbench in a real browser (headless Chromium), as a planner uses it: open the optical mouse, change one RP
/// cell, simulate, see the figure and the command line's mean; upload a broken file; download the YAML and read it back.
/// </summary>
public class WorkbenchBrowserTests
{
    private static readonly string[] Options = ["--interarrival", "16", "--seed", "3", "--projects", "1500", "--reps", "3"];

    [ChromiumFact]
    public async Task A_planner_edits_the_mouse_runs_it_and_gets_the_command_lines_numbers()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var downloads = TestFiles.NewFolder("devsim-browser-");
        using var browser = Start(downloads.FullName);
        try
        {
            var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(60));
            browser.Navigate().GoToUrl(host.Address);
            wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");
            wait.Until(d => d.FindElements(By.CssSelector("#terms-grid")).Count > 0);

            // An invalid value is shown at its cell with the command line's message, then corrected.
            var cell = Cell(browser, 3, 2);
            Type(cell, "1.5");
            wait.Until(_ => Cell(browser, 3, 2).GetAttribute("class")!.Contains("bad", StringComparison.Ordinal));
            Assert.Equal("1.5 is not a probability: must be within [0, 1]", Cell(browser, 3, 2).GetAttribute("data-problem"));
            Assert.Contains("rework.probability, row 3, column 2: 1.5 is not a probability", browser.FindElement(By.Id("problems")).Text, StringComparison.Ordinal);
            Type(Cell(browser, 3, 2), "0.5");
            wait.Until(d => d.FindElements(By.CssSelector("#scenario-form .bad")).Count == 0 && d.FindElements(By.CssSelector("#terms-grid")).Count > 0);
            // Its first-order term: RP 0.5 x RI 0.1 x d(3) 8 days.
            wait.Until(d => d.FindElement(By.CssSelector("[data-key='term, row 3, column 2']")).Text == "0.40");

            browser.FindElement(By.Id("kind")).SendKeys("simulate");
            for (var k = 0; k < Options.Length; k += 2)
                browser.FindElement(By.Id($"opt-simulate{Options[k]}")).SendKeys(Options[k + 1]);
            browser.FindElement(By.Id("run")).Click();
            var mean = wait.Until(d => d.FindElements(By.Id("mean-duration")).FirstOrDefault());
            var pageMean = double.Parse(mean!.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture);
            WaitForFigure(browser, wait, "duration-histogram.svg");
            Assert.Contains("devsim simulate optical-mouse.yaml --interarrival 16 --seed 3", browser.FindElement(By.Id("command-line")).Text, StringComparison.Ordinal);
            // Tall enough for the figures under the tables (docs/workbench.png).
            Screenshot(browser, "DEVSIM_WORKBENCH_SCREENSHOT", 2300);

            // The downloaded YAML: the command line reads it and gives the page's mean for the same seed.
            var file = Download(browser, wait, "download-yaml", Path.Combine(downloads.FullName, "optical-mouse.yaml"));
            var cli = CliRun.Of(["simulate", file, .. Options, "--format", "json"]);
            Assert.Equal(0, cli.ExitCode);
            Assert.Equal(JsonDocument.Parse(cli.Output).RootElement.GetProperty("duration").GetProperty("mean").GetDouble(), pageMean);
            Assert.Equal(0, CliRun.Of("evaluate", file, "--reps", "1000").ExitCode);

            // A malformed upload: its message at its line.
            var text = File.ReadAllText(Repository.Path("experiments", "scenarios", "optical-mouse.yaml")).Replace("duration: 8 }", "duration: eight }", StringComparison.Ordinal);
            var line = text.Split('\n').ToList().FindIndex(l => l.Contains("eight", StringComparison.Ordinal)) + 1;
            var broken = Path.Combine(downloads.FullName, "broken.yaml");
            File.WriteAllText(broken, text);
            browser.FindElement(By.Id("upload")).SendKeys(broken);
            var marked = wait.Until(d => d.FindElements(By.CssSelector($"#upload-problems [data-line='{line}'].bad")).FirstOrDefault());
            Assert.Contains("tasks, entry 3, duration: 'eight' is not a number", marked!.Text, StringComparison.Ordinal);
            Assert.Contains($"broken.yaml:{line}: tasks, entry 3, duration: 'eight' is not a number", browser.FindElement(By.Id("upload-lines")).Text, StringComparison.Ordinal);
        }
        finally
        {
            browser.Quit();
            downloads.Delete(recursive: true);
        }
    }

    [ChromiumFact]
    public async Task A_planner_edits_the_example_portfolio_runs_it_twice_and_compares_the_runs_paired()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var downloads = TestFiles.NewFolder("devsim-browser-");
        using var browser = Start(downloads.FullName);
        try
        {
            var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(60));
            browser.Navigate().GoToUrl(host.Address);
            wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");
            const string Every = "input[data-key='types, Balanced, arrivals, interarrival']";
            var every = wait.Until(d => d.FindElements(By.CssSelector(Every)).FirstOrDefault());

            // A wrong arrival rate is shown at its field with the command line's message, then corrected.
            Type(every!, "-3");
            wait.Until(d => d.FindElement(By.CssSelector(Every)).GetAttribute("class")!.Contains("bad", StringComparison.Ordinal));
            Assert.Equal("-3 must be a positive number of days", browser.FindElement(By.CssSelector(Every)).GetAttribute("data-problem"));
            Assert.Contains("types, Balanced, arrivals, interarrival: -3 must be a positive number of days", browser.FindElement(By.Id("portfolio-problems")).Text, StringComparison.Ordinal);
            Type(browser.FindElement(By.CssSelector(Every)), "45");
            wait.Until(d => d.FindElements(By.CssSelector("#portfolio-form .bad")).Count == 0);

            string[] options = ["--projects", "3000", "--reps", "3", "--seed", "2"];
            browser.FindElement(By.Id("kind")).SendKeys("portfolio");
            for (var k = 0; k < options.Length; k += 2)
                browser.FindElement(By.Id($"opt-portfolio{options[k]}")).SendKeys(options[k + 1]);
            browser.FindElement(By.Id("run")).Click();
            wait.Until(d => d.FindElements(By.Id("overall-mean")).Count > 0);
            WaitForFigure(browser, wait, "duration-by-type.svg");

            // One change, the same seed: dynamic sequencing for the Balanced line; the two runs compared replication by replication.
            ((IJavaScriptExecutor)browser).ExecuteScript("const s = document.querySelector(\"select[data-key='types, Balanced, policy']\"); " +
                "s.value = 'dynamic'; s.dispatchEvent(new Event('change'));");
            wait.Until(d => d.FindElement(By.Id("portfolio-problems")).GetAttribute("data-valid") == "true");
            browser.FindElement(By.Id("run")).Click();
            wait.Until(d => d.FindElements(By.CssSelector("#run-list input[type=checkbox]")).Count == 2 && d.FindElements(By.Id("overall-mean")).Count > 0);
            var pageMean = double.Parse(browser.FindElement(By.Id("overall-mean")).GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture);
            for (var k = 0; k < 2; k++)
                browser.FindElements(By.CssSelector("#run-list input[type=checkbox]"))[k].Click(); // the list is drawn again after each tick
            var paired = wait.Until(d => d.FindElements(By.Id("paired-table")).FirstOrDefault());
            Assert.Contains("mean duration, Balanced", paired!.Text, StringComparison.Ordinal);
            Assert.Contains("Method: paired by replication", browser.FindElement(By.Id("compare")).Text, StringComparison.Ordinal);
            // Tall enough for the portfolio editor under the scenario's, and the comparison beside it (docs/workbench-portfolio.png).
            Screenshot(browser, "DEVSIM_WORKBENCH_PORTFOLIO_SCREENSHOT", 2700);

            // The downloaded portfolio: the command line reads it and gives the page's mean for the same seed.
            var file = Download(browser, wait, "download-portfolio", Path.Combine(downloads.FullName, "three-lines.yaml"));
            var cli = CliRun.Of(["portfolio", file, .. options, "--format", "json"]);
            Assert.Equal(0, cli.ExitCode);
            Assert.Equal(JsonDocument.Parse(cli.Output).RootElement.GetProperty("overall").GetProperty("duration").GetProperty("mean").GetDouble(), pageMean);
        }
        finally
        {
            browser.Quit();
            downloads.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The capacity page on the example portfolio with an on-time target and one server to add: the plan ranks by the least
    /// type's on-time share, and the page says where the plan ends, with the command line's numbers.
    /// </summary>
    [ChromiumFact]
    public async Task A_planner_asks_where_the_next_server_goes_for_an_on_time_target_and_reads_where_the_plan_ends()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var downloads = TestFiles.NewFolder("devsim-browser-");
        using var browser = Start(downloads.FullName);
        try
        {
            var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(120));
            browser.Navigate().GoToUrl(host.Address);
            wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");
            wait.Until(d => d.FindElements(By.CssSelector("input[data-key='types, Balanced, arrivals, interarrival']")).Count > 0);

            string[] options = ["--on-time", "0.8", "--add", "1", "--load-factor", "1", "--reps", "2000", "--projects", "1500", "--sim-reps", "3",
                "--max-evaluations", "4", "--tolerance", "0.2", "--seed", "5"];
            browser.FindElement(By.Id("kind")).SendKeys("capacity");
            browser.FindElement(By.CssSelector("input[name=subject][value=portfolio]")).Click();
            for (var k = 0; k < options.Length; k += 2)
                browser.FindElement(By.Id($"opt-capacity{options[k]}")).SendKeys(options[k + 1]);
            browser.FindElement(By.Id("run")).Click();
            var plan = wait.Until(d => d.FindElements(By.Id("plan-table")).FirstOrDefault());
            Screenshot(browser, "DEVSIM_WORKBENCH_CAPACITY_SCREENSHOT", 1800);

            var cli = CliRun.Of(["capacity", Repository.Path("experiments", "portfolios", "three-lines.yaml"), .. options, "--format", "json"]);
            Assert.Equal(0, cli.ExitCode);
            var step = JsonDocument.Parse(cli.Output).RootElement.GetProperty("plan")[0];
            Assert.Equal("on-time", step.GetProperty("objective").GetString());
            Assert.Contains(step.GetProperty("resource").GetString()!, plan!.Text, StringComparison.Ordinal);
            Assert.Contains(step.GetProperty("gain").GetProperty("mean").GetDouble().ToString("F3", System.Globalization.CultureInfo.InvariantCulture), plan.Text, StringComparison.Ordinal);
            var end = JsonDocument.Parse(cli.Output).RootElement.GetProperty("planEnds")[0];
            var text = browser.FindElement(By.Id("result")).Text;
            // The target and the types alone are shares, not days (the page once said "one project alone 1.00 days").
            Assert.Contains("the highest rate at which every type's on-time share is at least 0.8;", browser.FindElement(By.Id("capacity-goal")).Text, StringComparison.Ordinal);
            Assert.DoesNotContain("days", browser.FindElement(By.Id("capacity-goal")).Text, StringComparison.Ordinal);
            Assert.Contains(end.GetProperty("targetMetAfter").ValueKind == JsonValueKind.Null ? "still short of 0.8" : "the plan stops there", text, StringComparison.Ordinal);
        }
        finally
        {
            browser.Quit();
            downloads.Delete(recursive: true);
        }
    }

    /// <summary>Waits until the result's figure <paramref name="svg"/> has loaded (its image has a width).</summary>
    private static void WaitForFigure(ChromeDriver browser, WebDriverWait wait, string svg)
    {
        var figure = browser.FindElement(By.CssSelector($"figure[data-figure='{svg}'] img"));
        wait.Until(_ => Convert.ToInt64(((IJavaScriptExecutor)browser).ExecuteScript("return arguments[0].naturalWidth", figure), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    /// <summary>Saves the page, <paramref name="height"/> pixels tall, where the environment variable names a file (the docs' screenshots).</summary>
    private static void Screenshot(ChromeDriver browser, string variable, int height)
    {
        if (Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } shot)
            return;
        browser.Manage().Window.Size = new System.Drawing.Size(1500, height);
        browser.GetScreenshot().SaveAsFile(shot);
    }

    /// <summary>Clicks the download button <paramref name="button"/> and waits for <paramref name="file"/>.</summary>
    private static string Download(ChromeDriver browser, WebDriverWait wait, string button, string file)
    {
        browser.FindElement(By.Id(button)).Click();
        wait.Until(_ => File.Exists(file) && new FileInfo(file).Length > 0);
        return file;
    }

    private static IWebElement Cell(ChromeDriver browser, int row, int column) =>
        browser.FindElement(By.CssSelector($"input[data-key='rework.probability, row {row}, column {column}']"));

    private static void Type(IWebElement input, string text)
    {
        input.Clear();
        input.SendKeys(text);
    }

    private static ChromeDriver Start(string downloads)
    {
        var options = new ChromeOptions { BinaryLocation = ChromiumFactAttribute.Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1500,1250");
        options.AddUserProfilePreference("download.default_directory", downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromiumFactAttribute.Driver)!, Path.GetFileName(ChromiumFactAttribute.Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
