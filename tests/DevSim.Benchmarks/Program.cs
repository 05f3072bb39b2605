using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DevSim.Benchmarks.SingleProjectBenchmarks).Assembly).Run(args);
