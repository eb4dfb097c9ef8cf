using Safeguarding.Domain.Citations;

namespace Safeguarding.Domain.Timescales;

/// <summary>
/// Wales: each Safeguarding Board publishes its annual report on the previous financial year before 31 July
/// (Social Services and Well-being (Wales) Act 2014, Part 7).
/// </summary>
/// <remarks>Thread-safe: the members are pure.</remarks>
public static class AnnualReportDeadline
{
    /// <summary>The source of the Welsh annual report date.</summary>
    internal static Citation WalesCitation { get; } =
        new("Social Services and Well-being (Wales) Act 2014", "Part 7, annual reports of Safeguarding Boards (before 31 July)", SourceKind.Statute, true);

    /// <summary>The date by which the Welsh annual report on the financial year that ends in March of <paramref name="financialYearEnding"/> is due.</summary>
    /// <param name="financialYearEnding">The calendar year in which the financial year ends (31 March).</param>
    /// <returns>31 July of that year.</returns>
    public static LocalDate Wales(int financialYearEnding) => new(financialYearEnding, 7, 31);
}
