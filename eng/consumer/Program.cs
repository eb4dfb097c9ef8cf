// A council's own console program, as a consumer of the packed Safeguarding.Domain package.
// eng/consumer-test.sh copies this file into a fresh `dotnet new console` project and runs it.
using NodaTime;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Timescales;

var failures = 0;

void Check(string name, bool ok)
{
    Console.WriteLine((ok ? "PASS " : "FAIL ") + name);
    if (!ok)
    {
        failures++;
    }
}

var due = ClockLength.WorkingDays(5).DueFrom(new LocalDate(2022, 9, 14), HolidayCalendar.EnglandAndWales);
Check("notification clock skips the 2022 state funeral", due.Date == new LocalDate(2022, 9, 22) && !due.IsProvisional);
Check("Scotland has the 15 June 2026 one-off", HolidayCalendar.Scotland.TryGetHoliday(new LocalDate(2026, 6, 15), out _));

return failures == 0 ? 0 : 1;
