namespace Safeguarding.Domain.Lifecycle;

/// <summary>Where a statutory clock stands on an as-of date. Wire names: <c>met</c>, <c>late</c>, <c>due</c>, <c>overdue</c>.</summary>
/// <remarks>
/// For a deadline: met (done on or before the due date), late (done after it), due (not done, as-of on
/// or before it), overdue (not done, as-of after it). For a "no sooner than" clock (the notice to the
/// Panel before publication): met when the end event came on or after the earliest date, due while it has not happened.
/// The default value is <see cref="Met"/>.
/// </remarks>
public enum ClockStatus
{
    /// <summary>Done in time.</summary>
    Met = 0,

    /// <summary>Done, but after the due date.</summary>
    Late = 1,

    /// <summary>Not done; the due date has not passed.</summary>
    Due = 2,

    /// <summary>Not done; the due date has passed.</summary>
    Overdue = 3,
}
