using DevSim.Runner.Cli;

return DevSimApp.Run(args, Console.Out, Console.Error);
