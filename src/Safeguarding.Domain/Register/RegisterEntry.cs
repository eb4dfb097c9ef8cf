using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Lifecycle;

namespace Safeguarding.Domain.Register;

/// <summary>One review of a partnership's register: its id, its record of events, and its action plan when there is one.</summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> gives the id only.</remarks>
public sealed class RegisterEntry
{
    /// <summary>Makes an entry, or gives the issue a review's <c>id</c> in a register gets from the reader.</summary>
    /// <param name="id">The partnership's id for the review, for example <c>2024-01</c>; not blank, at most 64 characters.</param>
    /// <param name="record">The review's record.</param>
    /// <param name="plan">The review's action plan, or null.</param>
    /// <returns>The entry, or the issue (<c>empty-string</c>, <c>string-too-long</c>) at <c>$.id</c>, relative to the entry's object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="record"/> is null.</exception>
    public static Result<RegisterEntry> Create(string id, ReviewRecord record, ActionPlan? plan)
    {
        Guard.Against.Null(record);
        return Result<RegisterEntry>.Checked(new[] { Issue.ForText("$.id", Guard.Against.Null(id), Internal.TextLimits.MaxIdLength) }, () => new RegisterEntry(id, record, plan));
    }

    /// <summary>Creates an entry.</summary>
    /// <param name="id">The partnership's id for the review, for example <c>2024-01</c>; not blank, at most 64 characters.</param>
    /// <param name="record">The review's record.</param>
    /// <param name="plan">The review's action plan, or null.</param>
    /// <exception cref="ArgumentException">The id is blank or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="record"/> is null.</exception>
    internal RegisterEntry(string id, ReviewRecord record, ActionPlan? plan)
    {
        Id = PlanGuards.Id(id, nameof(id));
        Record = Guard.Against.Null(record);
        Plan = plan;
    }

    /// <summary>The review's id in the register.</summary>
    public string Id { get; }

    /// <summary>The review's record.</summary>
    public ReviewRecord Record { get; }

    /// <summary>The review's action plan; null when the register has none for it.</summary>
    public ActionPlan? Plan { get; }

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
