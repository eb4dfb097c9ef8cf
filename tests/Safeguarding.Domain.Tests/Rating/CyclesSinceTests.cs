using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Tests.Rating;

/// <summary>The arithmetic count of whole reporting cycles must equal stepping back one cycle at a time.</summary>
public sealed class CyclesSinceTests
{
    private static int Stepping(LocalDate since, LocalDate asOf, Period cycle, bool strict)
    {
        int n = 0;
        while (n < 1200)
        {
            var k = n + 1;
            var boundary = asOf.Minus(new PeriodBuilder { Years = cycle.Years * k, Months = cycle.Months * k, Weeks = cycle.Weeks * k, Days = cycle.Days * k }.Build());
            if (strict ? since < boundary : since <= boundary)
            {
                n++;
            }
            else
            {
                break;
            }
        }

        return n;
    }

    // The snapshot's count (boundaries computed once per date), checked against the from-scratch count.
    private static int Count(LocalDate since, LocalDate asOf, Period cycle, bool strict)
    {
        int count = ActionAssessment.CyclesSince(since, new CycleBoundaries(asOf, cycle), strict);
        Assert.Equal(ActionAssessment.CyclesSinceFromScratch(since, asOf, cycle, strict), count);
        return count;
    }

    private static readonly Gen<Period> Cycles = Gen.Elements(
        Period.FromMonths(3), Period.FromMonths(1), Period.FromMonths(6), Period.FromYears(1), Period.FromWeeks(6),
        Period.FromDays(30), Period.FromDays(1), Period.FromMonths(1) + Period.FromDays(15), Period.FromWeeks(2),
        Period.FromWeeks(1) + Period.FromDays(7), Period.FromYears(1) + Period.FromWeeks(2));

    [Property(MaxTest = 500)]
    public Property CyclesSince_EqualsSteppingBack() =>
        Prop.ForAll(
            Arb.From(from since in Gen.Choose(0, 9000)
                     from span in Gen.Choose(-400, 4000)
                     from cycle in Cycles
                     from strict in Gen.Elements(true, false)
                     select (Since: new LocalDate(2000, 1, 31).PlusDays(since), Span: span, Cycle: cycle, Strict: strict)),
            t =>
            {
                var asOf = t.Since.PlusDays(t.Span);
                return Count(t.Since, asOf, t.Cycle, t.Strict) == Stepping(t.Since, asOf, t.Cycle, t.Strict);
            });

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 3)]
    public void CyclesSince_CycleOfWeeksAndDaysKeptApart_CountsFourteenDayCycles(bool strict, int expected)
    {
        // One week plus seven days, as a caller may build it without normalizing: 42 days hold three such cycles.
        var cycle = Period.FromWeeks(1) + Period.FromDays(7);
        Assert.Equal(expected, Count(new LocalDate(2020, 12, 1), new LocalDate(2021, 1, 12), cycle, strict));
    }

    [Fact]
    public void CyclesSince_ZeroCycle_StopsAtTheCap()
    {
        // Every n fits a zero cycle, so the count is the cap; it is never a division by zero.
        var asOf = new LocalDate(2021, 1, 12);
        Assert.Equal(1200, Count(new LocalDate(2020, 1, 1), asOf, Period.Zero, strict: true));
        Assert.Equal(0, Count(asOf, asOf, Period.Zero, strict: true));
        Assert.Equal(1200, Count(asOf, asOf, Period.Zero, strict: false));
    }
}
