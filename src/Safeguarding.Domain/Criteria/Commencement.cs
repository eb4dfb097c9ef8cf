using Safeguarding.Domain.Serialization;

namespace Safeguarding.Domain.Criteria;

/// <summary>
/// A commencement day the caller supplies for an enacted provision that is not in force, so that councils can plan
/// for it: for example <c>vpa-2024-s19=2027-04-01</c> switches on domestic abuse related death reviews from that day.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The provisions that can be commenced this way are listed in <see cref="KnownProvisions"/>.
/// The law checked (<see cref="RuleSet.LawCheckedOn"/>) has no commencement day for any of them: none is ever assumed.
/// </remarks>
public sealed class Commencement : IEquatable<Commencement>
{
    /// <summary>The error code of a value that is not <c>provision=YYYY-MM-DD</c>.</summary>
    internal static string InvalidCommencement => "invalid-commencement";

    /// <summary>The error code of a provision the rule set does not know.</summary>
    internal static string UnknownProvision => "unknown-provision";

    /// <summary>The provisions that may be commenced: <c>vpa-2024-s19</c> (domestic abuse related death reviews).</summary>
    internal static System.Collections.Immutable.ImmutableArray<string> KnownProvisions { get; } =
        System.Collections.Immutable.ImmutableArray.Create(RuleSet.DomesticAbuseRelatedDeathReviewProvision);

    /// <summary>Creates a commencement.</summary>
    /// <param name="provision">A provision of <see cref="KnownProvisions"/>.</param>
    /// <param name="date">The first day it is in force.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provision"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="provision"/> is not a known provision.</exception>
    public Commencement(string provision, LocalDate date)
    {
        Guard.Against.Null(provision);
        if (!KnownProvisions.Contains(provision))
        {
            throw new ArgumentException("The provision is not one the rule set can commence: " + string.Join(", ", KnownProvisions) + ".", nameof(provision));
        }

        Provision = provision;
        Date = date;
    }

    /// <summary>The provision, for example <c>vpa-2024-s19</c>.</summary>
    public string Provision { get; }

    /// <summary>The first day the provision is in force.</summary>
    public LocalDate Date { get; }

    /// <summary>Reads <c>provision=YYYY-MM-DD</c>, as the CLI's <c>--commencement</c> and the HTTP <c>commencement</c> query give it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">Where the value came from, for the error (for example <c>--commencement</c>).</param>
    /// <returns>The commencement, or one error (<c>invalid-commencement</c>, <c>unknown-provision</c>, or a date error) that never repeats the text.</returns>
    public static Result<Commencement> Parse(string? text, string path)
    {
        int equals = text?.IndexOf("=", StringComparison.Ordinal) ?? -1;
        if (text is null || equals <= 0)
        {
            return Fail(path, InvalidCommencement, "Expected provision=YYYY-MM-DD, for example " + RuleSet.DomesticAbuseRelatedDeathReviewProvision + "=2027-04-01.");
        }

        string provision = text.Substring(0, equals);
        if (!KnownProvisions.Contains(provision))
        {
            return Fail(path, UnknownProvision, "Expected one of: " + string.Join(", ", KnownProvisions) + ".");
        }

        return ContractDate.TryParse(text.Substring(equals + 1), path, out var date, out var error)
            ? Result<Commencement>.Ok(new Commencement(provision, date))
            : Result<Commencement>.Fail(System.Collections.Immutable.ImmutableArray.Create(error));
    }

    private static Result<Commencement> Fail(string path, string code, string message) =>
        Result<Commencement>.Fail(System.Collections.Immutable.ImmutableArray.Create(new Issue(path, code, message)));

    /// <inheritdoc />
    public bool Equals(Commencement? other) =>
        other is not null && string.Equals(Provision, other.Provision, StringComparison.Ordinal) && Date == other.Date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Commencement);

    /// <inheritdoc />
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Provision) * 397) ^ Date.GetHashCode();

    /// <summary>Returns <c>provision=YYYY-MM-DD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Provision + "=" + ContractDate.Format(Date);
}
