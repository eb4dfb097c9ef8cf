using BenchmarkDotNet.Attributes;
using NodaTime;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>AddWorkingDays for 5, 15 and 250 working days against the day-by-day loop (the baseline).</summary>
[MemoryDiagnoser]
public class AddWorkingDaysBenchmarks
{
    private readonly HolidayCalendar _calendar = HolidayCalendar.EnglandAndWales;
    private readonly LocalDate _start = new(2022, 9, 14);
    private NaiveWorkingDays _naive = null!;

    [Params(5, 15, 250)]
    public int WorkingDays { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _naive = new NaiveWorkingDays(_calendar);
        _calendar.AddWorkingDays(_start, 1);
    }

    [Benchmark(Baseline = true)]
    public LocalDate NaiveLoop() => _naive.AddWorkingDays(_start, WorkingDays);

    [Benchmark]
    public LocalDate Library() => _calendar.AddWorkingDays(_start, WorkingDays).Date;
}
