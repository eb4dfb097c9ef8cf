using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>
/// CI's allocation-regression step (`-- --check-allocations`): runs the library's allocation-free benchmarks in this
/// process with BenchmarkDotNet's memory diagnoser and a very short job, prints their bytes per operation, and fails
/// when any of them allocates. It checks bytes, never times (times on a shared CI machine are noise).
/// </summary>
public static class AllocationCheck
{
    /// <summary>The benchmarks that allocate nothing today, every parameter of each: the library's side, never a baseline's.</summary>
    private static readonly (Type Type, string Method)[] ExpectedZero =
    {
        (typeof(CriteriaBenchmarks), nameof(CriteriaBenchmarks.Library)),
        (typeof(AddWorkingDaysBenchmarks), nameof(AddWorkingDaysBenchmarks.Library)),
        (typeof(CountWorkingDaysBenchmarks), nameof(CountWorkingDaysBenchmarks.Library)),
    };

    /// <summary>Runs the check; returns the process exit code (0 when nothing allocates).</summary>
    public static int Run(string artifactsPath)
    {
        // One launch in this process: three warm-up iterations, then one of 2^20 operations; the memory diagnoser counts
        // the bytes of one more such iteration. No pilot and no overhead stage: about a second a benchmark. The count is
        // process-wide (BenchmarkDotNet reads the runtime's total), so the runtime's own background allocations (tiered
        // compilation) show as a few kilobytes an iteration: over 2^20 operations they round down to 0 bytes per
        // operation, while the smallest object a benchmark could allocate per operation is 24 bytes.
        var job = new Job("AllocationCheck")
            .WithToolchain(InProcessEmitToolchain.DontLogOutput)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(1)
            .WithInvocationCount(1 << 20)
            .WithUnrollFactor(16)
            .WithEvaluateOverhead(false);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(NullLogger.Instance)
            .AddFilter(new SimpleFilter(b => ExpectedZero.Any(e => e.Type == b.Descriptor.Type && e.Method == b.Descriptor.WorkloadMethod.Name)))
            .WithArtifactsPath(artifactsPath)
            .WithOptions(ConfigOptions.DisableLogFile);

        var summaries = BenchmarkRunner.Run(ExpectedZero.Select(e => e.Type).Distinct().ToArray(), config);
        int passed = 0;
        int failed = 0;
        Console.WriteLine("| benchmark | parameters | bytes per operation | result |");
        Console.WriteLine("|---|---|---:|---|");
        foreach (var summary in summaries)
        {
            foreach (var benchmark in summary.BenchmarksCases)
            {
                var report = summary[benchmark];
                long? bytes = report is { Success: true } ? report.GcStats.GetBytesAllocatedPerOperation(benchmark) : null;
                bool ok = bytes == 0;
                passed += ok ? 1 : 0;
                failed += ok ? 0 : 1;
                Console.WriteLine("| " + benchmark.Descriptor.Type.Name + "." + benchmark.Descriptor.WorkloadMethod.Name + " | "
                    + (benchmark.HasParameters ? benchmark.Parameters.DisplayInfo : "-") + " | "
                    + (bytes is long b ? b.ToString(CultureInfo.InvariantCulture) : "not measured") + " | " + (ok ? "pass" : "FAIL: allocates") + " |");
            }
        }

        if (passed + failed == 0)
        {
            Console.WriteLine("no benchmark ran");
            failed = 1;
        }

        // The line .ci/run adds to its tally, one pass or failure per benchmark checked.
        Console.WriteLine("allocation-check: " + passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
