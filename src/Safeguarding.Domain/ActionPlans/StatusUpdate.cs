using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>One dated progress update on an action: the status the owner reported and an optional note.</summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="ToString"/> never includes the note (free text from input).
/// An update reporting <see cref="ActionPlans.ReportedStatus.UpdatePending"/> records that nothing was returned,
/// so it does not count as an update.
/// </remarks>
public sealed class StatusUpdate : IEquatable<StatusUpdate>
{
    /// <summary>
    /// Makes an update, or says why it cannot be one, with the issues the action plan reader gives for the same update
    /// (paths relative to it): <c>date-out-of-range</c> at <c>$.date</c>, <c>string-too-long</c> or <c>empty-string</c> at <c>$.note</c>.
    /// </summary>
    /// <param name="date">The date of the update (1900-01-01 to 2199-12-31).</param>
    /// <param name="reportedStatus">The status reported.</param>
    /// <param name="note">The update's note, or <see langword="null"/>; not empty when given.</param>
    /// <returns>The update, or every issue found.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="reportedStatus"/> is not defined.</exception>
    public static Result<StatusUpdate> Create(LocalDate date, ReportedStatus reportedStatus, string? note)
    {
        Guard.Against.EnumOutOfRange(reportedStatus);
        return PlanInput.DatedEntry(date, "$.note", note, () => new StatusUpdate(date, reportedStatus, note));
    }

    // Made by Create and by the plan reader; the guards repeat Create's checks.
    /// <summary>Creates an update.</summary>
    /// <param name="date">The date of the update (1900-01-01 to 2199-12-31).</param>
    /// <param name="reportedStatus">The status reported.</param>
    /// <param name="note">The update's note, or <see langword="null"/>; not empty when given.</param>
    /// <exception cref="ArgumentException"><paramref name="reportedStatus"/> is not defined, or <paramref name="note"/> is empty or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is out of range.</exception>
    internal StatusUpdate(LocalDate date, ReportedStatus reportedStatus, string? note)
    {
        Date = PlanGuards.Date(date, nameof(date));
        ReportedStatus = Guard.Against.EnumOutOfRange(reportedStatus);
        Note = PlanGuards.OptionalText(note, nameof(note));
    }

    /// <summary>The date of the update.</summary>
    public LocalDate Date { get; }

    /// <summary>The status the owner reported.</summary>
    public ReportedStatus ReportedStatus { get; }

    /// <summary>The note; <see langword="null"/> when not given.</summary>
    public string? Note { get; }

    /// <summary>Whether this is a real update (anything but <c>update-pending</c>).</summary>
    internal bool IsReturned => ReportedStatus != ReportedStatus.UpdatePending;

    /// <summary>Returns the date and reported status, for example <c>2020-09-30 amber</c>; never the note.</summary>
    /// <returns>The update as text.</returns>
    public override string ToString() => ContractDate.Format(Date) + " " + PlanNames.Reported.Name(ReportedStatus);

    /// <inheritdoc />
    public bool Equals(StatusUpdate? other) =>
        other is not null && Date == other.Date && ReportedStatus == other.ReportedStatus && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatusUpdate);

    /// <inheritdoc />
    public override int GetHashCode() => Date.GetHashCode() ^ ((int)ReportedStatus * 397) ^ PlanGuards.Hash(Note);
}
