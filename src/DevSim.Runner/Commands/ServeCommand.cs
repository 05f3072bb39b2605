using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using DevSim.Runner.Cli;
using DevSim.Runner.Workbench;
using Microsoft.Extensions.Hosting;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim serve</c>: the planner's workbench in the browser (docs/workbench.md).</summary>
internal static class ServeCommand
{
    public static Command Create(CommandContext context)
    {
        var port = CommonOptions.Whole("--port", WorkbenchSettings.DefaultPort, "The port to listen on.", minimum: 1, maximum: 65535);
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on; the default serves this machine only (the workbench has no login: any other address prints a warning).",
            DefaultValueFactory = _ => WorkbenchSettings.DefaultHost,
        };
        // No more runs at once than the workbench keeps: past that, runs finishing together would push each other's results
        // (report, figures, files) out of the store before their pages had read them.
        var maxRuns = CommonOptions.Whole("--max-runs", Math.Min(Environment.ProcessorCount, RunStore.Capacity),
            $"Runs working at once, at most {RunStore.Capacity} (the finished runs the workbench keeps); later ones wait in a queue that shows each its place [default: the number of cores].",
            maximum: RunStore.Capacity);
        var command = new Command("serve",
            "Start the workbench, a web page to open, edit and download scenarios and portfolios, to run " +
            $"{string.Join(", ", RunKinds.All.Select(k => k.Name))} on them with the command line's options, figures and " +
            "numbers, and to compare runs. Stop it with Ctrl+C.")
        {
            port, host, maxRuns,
        };
        command.SetAction(parse =>
        {
            var settings = new WorkbenchSettings(parse.GetValue(host) ?? WorkbenchSettings.DefaultHost, parse.GetValue(port), parse.GetValue(maxRuns));
            // Kestrel reads any other name (a typo, a host name) as every address of the machine: refused rather than served to all.
            if (settings.Host != "localhost" && !IPAddress.TryParse(settings.Host, out _))
            {
                throw new UserErrorException($"--host: '{settings.Host}' is neither an IP address nor localhost, and would listen on every address " +
                    "of this machine; give 127.0.0.1 (the default), this machine's address, or 0.0.0.0 to listen on every address on purpose");
            }
            if (!settings.IsLoopback)
            {
                context.Error.WriteLine($"warning: --host {settings.Host} lets other machines reach the workbench, which has no login: " +
                    "anyone who can reach it can run simulations on this machine");
            }
            using var app = WorkbenchApp.Build(settings);
            try
            {
                app.Start();
            }
            catch (Exception e) when (e is IOException or SocketException || e.InnerException is SocketException)
            {
                throw new EnvironmentErrorException($"--host {settings.Host} --port {settings.Port}", $"cannot listen there: {e.Message}");
            }
            foreach (var address in app.Urls)
                context.Output.WriteLine($"DevSim workbench at {address}/ (Ctrl+C stops it; at most {settings.MaxRuns} run{(settings.MaxRuns == 1 ? "" : "s")} at once)");
            context.Output.Flush();
            app.WaitForShutdown();
            context.Output.WriteLine("workbench stopped");
            return ExitCodes.Success;
        });
        return command;
    }
}
