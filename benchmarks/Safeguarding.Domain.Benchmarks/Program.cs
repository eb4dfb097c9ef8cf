using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Entry point: `dotnet run -c Release --project benchmarks/Safeguarding.Domain.Benchmarks -- --filter '*'`;
/// `-- --check-allocations [artifacts folder]` is CI's allocation-regression step (<see cref="AllocationCheck"/>);
/// `-- http-load [requests] [concurrency] [rounds]` is the HTTP service's load driver (requests a second, p50, p99).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--check-allocations")
        {
            return AllocationCheck.Run(args.Length > 1 ? args[1] : System.IO.Path.Combine(Environment.CurrentDirectory, "BenchmarkDotNet.Artifacts"));
        }

        if (args.Length > 0 && args[0] == "http-load")
        {
            return await HttpLoad.DriveAsync(args[1..]).ConfigureAwait(false);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
