using BenchmarkDotNet.Running;
using DevSim.Benchmarks;

if (args is ["cpu-time-portfolio", ..])
    PortfolioCpuTime.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8);
else if (args is ["cpu-time-search", ..])
    SearchCpuTime.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
else if (args is ["cpu-time", ..])
    CpuTimeComparison.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8);
else
    BenchmarkSwitcher.FromAssembly(typeof(SingleProjectBenchmarks).Assembly).Run(args);
