using System;
using BenchmarkDotNet.Running;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Entry point: `dotnet run -c Release --project benchmarks/Safeguarding.Domain.Benchmarks -- --filter '*'`;
/// `-- --check-allocations [artifacts folder]` is CI's allocation-regression step (<see cref="AllocationCheck"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--check-allocations")
        {
            return AllocationCheck.Run(args.Length > 1 ? args[1] : System.IO.Path.Combine(Environment.CurrentDirectory, "BenchmarkDotNet.Artifacts"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
