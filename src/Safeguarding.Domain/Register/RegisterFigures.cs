using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Register;

/// <summary>One review of the register as it stands on the as-of date: the <c>review</c> report of its record, the <c>plan</c> snapshot of its plan, and what its record lacks.</summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> gives the id and state only.</remarks>
internal sealed class RegisterReview
{
    // Made by the library only, with an object initialiser that names each property.
    internal RegisterReview()
    {
    }

    /// <summary>The register's entry.</summary>
    public RegisterEntry Entry { get; internal init; } = null!;

    /// <summary>The review's id.</summary>
    public string Id => Entry.Id;

    /// <summary>The review kind.</summary>
    public DeterminationKind Kind => Entry.Record.Kind;

    /// <summary>The review's state, as <c>review</c> reports it.</summary>
    public ReviewState State => Review.State;

    /// <summary>The <c>review</c> report of the record on the as-of date (state, clocks, refused event).</summary>
    public ReviewReport Review { get; internal init; } = null!;

    /// <summary>The <c>plan</c> snapshot on the as-of date (default rating scheme and escalation); null when the review has no plan.</summary>
    public PlanSnapshot? Plan { get; internal init; }

    /// <summary>Whether the review is still open: not published (or past publication), not-published, withdrawn, nor in a final state of its lifecycle such as a decision not to initiate.</summary>
    public bool IsOpen { get; internal init; }

    /// <summary>Calendar days from the record's first event to the as-of date; null when the record has no event on or before it.</summary>
    public int? AgeDays { get; internal init; }

    /// <summary>The day the report was published (first <c>published</c> event on or before the as-of date); null when not published by then.</summary>
    public LocalDate? PublishedOn { get; internal init; }

    /// <summary>The completeness items the record lacks, in the order of <see cref="CompletenessItem"/>.</summary>
    public ImmutableArray<CompletenessItem> Missing { get; internal init; }

    /// <summary>Returns the id and state, for example <c>2024-01: published</c>.</summary>
    /// <returns>The review as text.</returns>
    public override string ToString() => Id + ": " + LifecycleNames.Name(State);
}

/// <summary>One statutory clock across the register's reviews: how many of each status, and the lateness of the late and overdue ones.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ClockFigures
{
    // Made by the library only, with an object initialiser that names each property.
    internal ClockFigures()
    {
    }

    /// <summary>The clock's name, for example <c>completion</c>.</summary>
    public string Clock { get; internal init; } = null!;

    /// <summary>Clocks done on or before their due date.</summary>
    public int Met { get; internal init; }

    /// <summary>Clocks done after their due date.</summary>
    public int Late { get; internal init; }

    /// <summary>Clocks not done, the as-of date on or before due.</summary>
    public int Due { get; internal init; }

    /// <summary>Clocks not done, the as-of date after due.</summary>
    public int Overdue { get; internal init; }

    /// <summary>All clocks of this name.</summary>
    public int Total => Met + Late + Due + Overdue;

    /// <summary>The median of the calendar days late of the late and overdue clocks (the mean of the middle two when their number is even); null when there are none.</summary>
    public double? MedianDaysLate { get; internal init; }

    /// <summary>The longest lateness in calendar days of the late and overdue clocks; null when there are none.</summary>
    public int? MaxDaysLate { get; internal init; }

    /// <summary>Returns the counts, for example <c>completion: 1 met, 2 late, 1 due, 1 overdue</c>.</summary>
    /// <returns>The figures as text.</returns>
    public override string ToString() => Clock + ": " + Met + " met, " + Late + " late, " + Due + " due, " + Overdue + " overdue";
}

/// <summary>One theme across the register: every review whose findings carry it, those published within the window, and whether it recurs.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ThemeFigure
{
    // Made by the library only, with an object initialiser that names each property.
    internal ThemeFigure()
    {
    }

    /// <summary>The theme id.</summary>
    public string Theme { get; internal init; } = null!;

    /// <summary>The theme's title from the chosen list; null when no list is chosen or the id is not on it.</summary>
    public string? Title { get; internal init; }

    /// <summary>Whether the id is on the chosen list (true when no list is chosen).</summary>
    public bool IsKnown { get; internal init; }

    /// <summary>Every review whose findings carry the theme, in register order.</summary>
    public ImmutableArray<string> Reviews { get; internal init; }

    /// <summary>Those of <see cref="Reviews"/> published within the window before the as-of date.</summary>
    public ImmutableArray<string> ReviewsInWindow { get; internal init; }

    /// <summary>Whether at least the rule's minimum of distinct reviews published within the window carry it.</summary>
    public bool Recurring { get; internal init; }

    /// <summary>Returns the id and count, for example <c>information-sharing: 3 reviews, recurring</c>.</summary>
    /// <returns>The figure as text.</returns>
    public override string ToString() => Theme + ": " + Reviews.Length + " reviews" + (Recurring ? ", recurring" : string.Empty);
}

/// <summary>An open review with a clock overdue on the as-of date and no <c>delayed</c> event recorded since that clock started.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class UnexplainedDelay
{
    // Made by the library only, with an object initialiser that names each property.
    internal UnexplainedDelay()
    {
    }

    /// <summary>The review's id.</summary>
    public string Review { get; internal init; } = null!;

    /// <summary>The overdue clocks with no delay reason recorded.</summary>
    public ImmutableArray<string> Clocks { get; internal init; }

    /// <summary>Returns the review and clocks, for example <c>2025-02: completion</c>.</summary>
    /// <returns>The delay as text.</returns>
    public override string ToString() => Review + ": " + string.Join(", ", Clocks);
}
