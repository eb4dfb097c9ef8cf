using BenchmarkDotNet.Attributes;
using NodaTime;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Benchmarks;

/// <summary>CountWorkingDays over 1, 10 and 40 years against the day-by-day loop (the baseline).</summary>
[MemoryDiagnoser]
public class CountWorkingDaysBenchmarks
{
    private readonly HolidayCalendar _calendar = HolidayCalendar.EnglandAndWales;
    private readonly LocalDate _from = new(2010, 3, 1);
    private LocalDate _to;
    private NaiveWorkingDays _naive = null!;

    [Params(1, 10, 40)]
    public int Years { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _naive = new NaiveWorkingDays(_calendar);
        _to = _from.PlusYears(Years);
    }

    [Benchmark(Baseline = true)]
    public int NaiveLoop() => _naive.CountWorkingDays(_from, _to);

    [Benchmark]
    public int Library() => _calendar.CountWorkingDays(_from, _to).Days;
}
