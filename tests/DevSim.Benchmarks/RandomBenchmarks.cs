using BenchmarkDotNet.Attributes;
using DevSim.Engine.Randomness;
using MathNet.Numerics.Random;

namespace DevSim.Benchmarks;

/// <summary>Why DevSim has its own generator: one uniform double from each candidate.</summary>
[MemoryDiagnoser]
public class RandomBenchmarks
{
    private const int Draws = 1_000_000;
    private SplitMix64 _splitMix = new(1);
    private readonly Xoshiro256StarStar _xoshiro = new(1, threadSafe: false);
    private readonly Random _system = new(1);

    [Benchmark(Baseline = true, OperationsPerInvoke = Draws)]
    public double SplitMix64Struct()
    {
        var sum = 0.0;
        for (var i = 0; i < Draws; i++)
            sum += _splitMix.NextDouble();
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double MathNetXoshiro256StarStar()
    {
        var sum = 0.0;
        for (var i = 0; i < Draws; i++)
            sum += _xoshiro.NextDouble();
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Draws)]
    public double SystemRandomSeeded()
    {
        var sum = 0.0;
        for (var i = 0; i < Draws; i++)
            sum += _system.NextDouble();
        return sum;
    }
}
