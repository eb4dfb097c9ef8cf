using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// Entry point: `dotnet run -c Release --project benchmarks/Safeguarding.Domain.Benchmarks -- --filter '*'`, or
/// `-- http-load [requests] [concurrency] [rounds]` for the HTTP service's load driver (requests a second, p50, p99).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "http-load")
        {
            return await HttpLoad.DriveAsync(args[1..]).ConfigureAwait(false);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
