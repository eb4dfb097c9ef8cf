using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// The body a recommendation is addressed to, and its level. Recommendations to regional and national bodies
/// are the ones that go unanswered when nobody tracks them; the partnership register lists those awaiting a response.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> gives the level only, never the body's name.</remarks>
public sealed class Addressee : IEquatable<Addressee>
{
    /// <summary>The longest body name accepted.</summary>
    internal static int MaxBodyLength => 200;

    /// <summary>
    /// Makes an addressee, or says why it cannot be one, with the issues the action plan reader gives for the same
    /// addressee (paths relative to it): <c>missing-property</c>, <c>string-too-long</c> (more than 200 characters) or
    /// <c>empty-string</c> at <c>$.body</c>.
    /// </summary>
    /// <param name="level">The level of the body.</param>
    /// <param name="body">The body's name, for example <c>Department for Education</c>; required, not blank, at most 200 characters.</param>
    /// <returns>The addressee, or the issue.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="level"/> is not defined.</exception>
    public static Result<Addressee> Create(AddresseeLevel level, string? body)
    {
        Guard.Against.EnumOutOfRange(level);
        var issues = ImmutableArray.CreateBuilder<Issue>();
        PlanInput.Text(issues, "$.body", body, MaxBodyLength, required: true);
        return PlanInput.Outcome(issues, () => new Addressee(level, body!));
    }

    // Made by Create and by the plan reader; the guards repeat Create's checks.
    /// <summary>Creates an addressee.</summary>
    /// <param name="level">The body's level.</param>
    /// <param name="body">The body's name, for example <c>Department for Education</c>; not blank, at most 200 characters.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="level"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="body"/> is blank or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    internal Addressee(AddresseeLevel level, string body)
    {
        Level = Guard.Against.EnumOutOfRange(level);
        Guard.Against.NullOrWhiteSpace(body);
        if (body.Length > MaxBodyLength)
        {
            throw new ArgumentException("The body's name is longer than " + MaxBodyLength + " characters.", nameof(body));
        }

        Body = body;
    }

    /// <summary>The body's level.</summary>
    public AddresseeLevel Level { get; }

    /// <summary>The body's name.</summary>
    public string Body { get; }

    /// <summary>The wire name of a level: <c>local</c>, <c>regional</c> or <c>national</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Its wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    internal static string NameOf(AddresseeLevel level) => PlanNames.Levels.Name(level);

    /// <summary>Returns the level, for example <c>national addressee</c> (never the body's name).</summary>
    /// <returns>The addressee as text.</returns>
    public override string ToString() => NameOf(Level) + " addressee";

    /// <inheritdoc />
    public bool Equals(Addressee? other) => other is not null && Level == other.Level && string.Equals(Body, other.Body, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Addressee);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Level * 397) ^ PlanGuards.Hash(Body);
}
