using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>A recommendation of the review, tracing to the findings it answers.</summary>
/// <remarks>
/// Immutable and thread-safe. References are ids and are not checked here: a plan may hold dangling or
/// duplicate ids, which <see cref="PlanValidation"/> reports. <see cref="ToString"/> returns the id only.
/// </remarks>
public sealed class Recommendation : IEquatable<Recommendation>
{
    /// <summary>
    /// Makes a recommendation, or says why it cannot be one, with the issues the action plan reader gives for the same
    /// recommendation (paths relative to it): <c>missing-property</c> at <c>$.id</c>; <c>string-too-long</c> or
    /// <c>empty-string</c> at <c>$.id</c>, <c>$.findings[i]</c> (ids at most 64 characters) or <c>$.text</c>;
    /// <c>wrong-type</c> for a null finding id; <c>date-out-of-range</c> at <c>$.sentOn</c> or <c>$.respondedOn</c>;
    /// <c>response-without-sending</c> or <c>responded-before-sent</c> at <c>$.respondedOn</c>.
    /// </summary>
    /// <param name="id">The review's number for the recommendation, for example <c>R1</c> (required).</param>
    /// <param name="findings">The ids of the findings it answers, in order; null for none.</param>
    /// <param name="text">The recommendation's text, or <see langword="null"/>.</param>
    /// <param name="addressee">The body the recommendation is addressed to (see <see cref="Addressee.Create"/>), or <see langword="null"/>.</param>
    /// <param name="sentOn">The day it was sent to its addressee, or <see langword="null"/>.</param>
    /// <param name="respondedOn">The day the addressee responded, or <see langword="null"/>; only with <paramref name="sentOn"/>, and not before it.</param>
    /// <returns>The recommendation, or every issue found.</returns>
    /// <remarks>
    /// The two dates cannot be swapped unnoticed: a response dated before the sending, or without one, is refused, and
    /// two equal dates are the same either way round.
    /// </remarks>
    public static Result<Recommendation> Create(
        string? id, IEnumerable<string>? findings, string? text, Addressee? addressee = null, LocalDate? sentOn = null, LocalDate? respondedOn = null)
    {
        var issues = ImmutableArray.CreateBuilder<Issue>();
        PlanInput.Text(issues, "$.id", id, TextLimits.MaxIdLength, required: true);
        var findingIds = PlanInput.Ids(issues, "$.findings", findings);
        PlanInput.Text(issues, "$.text", text, TextLimits.MaxTextLength, required: false);
        int datesBefore = issues.Count;
        PlanInput.Date(issues, "$.sentOn", sentOn);
        PlanInput.Date(issues, "$.respondedOn", respondedOn);

        // As the reader: the response rules look only at dates that were themselves accepted.
        if (issues.Count == datesBefore && respondedOn is LocalDate responded)
        {
            if (sentOn is not LocalDate sent)
            {
                issues.Add(new Issue("$.respondedOn", "response-without-sending", "A response date needs the date the recommendation was sent (sentOn)."));
            }
            else if (responded < sent)
            {
                issues.Add(new Issue("$.respondedOn", "responded-before-sent", "The response is dated before the recommendation was sent."));
            }
        }

        return PlanInput.Outcome(issues, () => new Recommendation(id!, findingIds, text, addressee, sentOn, respondedOn));
    }

    // Made by Create and by the plan reader (which has made Create's checks); the guards repeat them.
    /// <summary>Creates a recommendation.</summary>
    /// <param name="id">The review's number for the recommendation, for example <c>R1</c> or <c>3</c>.</param>
    /// <param name="findings">The ids of the findings it answers, in order.</param>
    /// <param name="text">The recommendation's text, or <see langword="null"/>.</param>
    /// <param name="addressee">The body the recommendation is addressed to, or <see langword="null"/> when not recorded.</param>
    /// <param name="sentOn">The day the recommendation was sent to its addressee, or <see langword="null"/>.</param>
    /// <param name="respondedOn">The day the addressee responded, or <see langword="null"/>; not before <paramref name="sentOn"/>, and only with it.</param>
    /// <exception cref="ArgumentException">An id is empty or longer than 64 characters, the text is empty or too long, or a response is dated without a sending or before it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="findings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is out of range.</exception>
    internal Recommendation(string id, IEnumerable<string> findings, string? text, Addressee? addressee = null, LocalDate? sentOn = null, LocalDate? respondedOn = null)
    {
        Id = PlanGuards.Id(id, nameof(id));
        Findings = PlanGuards.Ids(findings, nameof(findings));
        Text = PlanGuards.OptionalText(text, nameof(text));
        SentOn = PlanGuards.OptionalDate(sentOn, nameof(sentOn));
        RespondedOn = PlanGuards.OptionalDate(respondedOn, nameof(respondedOn));
        if (respondedOn is LocalDate responded && (sentOn is not LocalDate sent || responded < sent))
        {
            throw new ArgumentException("A response is dated only with a sending date, and not before it.", nameof(respondedOn));
        }

        Addressee = addressee;
    }

    /// <summary>The recommendation's id.</summary>
    public string Id { get; }

    /// <summary>The ids of the findings it answers.</summary>
    public ImmutableArray<string> Findings { get; }

    /// <summary>The recommendation's text; <see langword="null"/> when not given.</summary>
    public string? Text { get; }

    /// <summary>The body the recommendation is addressed to; <see langword="null"/> when not recorded.</summary>
    public Addressee? Addressee { get; }

    /// <summary>The day the recommendation was sent to its addressee; <see langword="null"/> when not sent or not recorded.</summary>
    public LocalDate? SentOn { get; }

    /// <summary>The day the addressee responded; <see langword="null"/> when no response is recorded.</summary>
    public LocalDate? RespondedOn { get; }

    /// <summary>Whether, on a date, the recommendation has been sent (on or before it) and not responded to (by it).</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>Whether a response is awaited on that date.</returns>
    internal bool AwaitsResponse(LocalDate asOf) =>
        SentOn is LocalDate sent && sent <= asOf && (RespondedOn is not LocalDate responded || responded > asOf);

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <inheritdoc />
    public bool Equals(Recommendation? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && PlanGuards.SameIds(Findings, other.Findings)
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Equals(Addressee, other.Addressee)
        && SentOn == other.SentOn
        && RespondedOn == other.RespondedOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Recommendation);

    /// <inheritdoc />
    public override int GetHashCode() => PlanGuards.Hash(Id) ^ Findings.Length;
}
