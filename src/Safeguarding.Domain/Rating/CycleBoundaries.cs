namespace Safeguarding.Domain.Rating;

/// <summary>
/// A date minus 0, 1, 2, ... reporting cycles, each computed once (as <c>asOf.Minus(cycle × k)</c>, the
/// exact calendar arithmetic of the from-scratch assessment) and then read by every action of a snapshot.
/// </summary>
/// <remarks>Not thread-safe: one snapshot computation owns it.</remarks>
internal sealed class CycleBoundaries
{
    private LocalDate[] _dates = new LocalDate[8];
    private int _count;

    /// <summary>Creates the boundaries of a date, for a normalised, valid cycle.</summary>
    public CycleBoundaries(LocalDate asOf, Period cycle)
    {
        AsOf = asOf;
        Cycle = cycle;
    }

    /// <summary>The date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The reporting cycle.</summary>
    public Period Cycle { get; }

    /// <summary>The date minus <paramref name="cycles"/> reporting cycles.</summary>
    public LocalDate Before(int cycles)
    {
        while (_count <= cycles)
        {
            if (_count == _dates.Length)
            {
                Array.Resize(ref _dates, _dates.Length * 2);
            }

            _dates[_count] = AsOf.Minus(ActionAssessment.Times(Cycle, _count));
            _count++;
        }

        return _dates[cycles];
    }
}
