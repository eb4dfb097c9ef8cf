using BenchmarkDotNet.Running;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>Entry point: `dotnet run -c Release --project benchmarks/Safeguarding.Domain.Benchmarks -- --filter '*'`.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
