using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Safeguarding.Domain.ActionPlans;

/// <summary>A recommendation of the review, tracing to the findings it answers.</summary>
/// <remarks>
/// Immutable and thread-safe. References are ids and are not checked here: a plan may hold dangling or
/// duplicate ids, which <see cref="PlanValidation"/> reports. <see cref="ToString"/> returns the id only.
/// </remarks>
public sealed class Recommendation : IEquatable<Recommendation>
{
    /// <summary>Creates a recommendation.</summary>
    /// <param name="id">The review's number for the recommendation, for example <c>R1</c> or <c>3</c>.</param>
    /// <param name="findings">The ids of the findings it answers, in order.</param>
    /// <param name="text">The recommendation's text, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An id is empty or longer than 64 characters, or the text is empty or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="findings"/> is null.</exception>
    public Recommendation(string id, IEnumerable<string> findings, string? text)
    {
        Id = PlanGuards.Id(id, nameof(id));
        Findings = PlanGuards.Ids(findings, nameof(findings));
        Text = PlanGuards.OptionalText(text, nameof(text));
    }

    /// <summary>The recommendation's id.</summary>
    public string Id { get; }

    /// <summary>The ids of the findings it answers.</summary>
    public ImmutableArray<string> Findings { get; }

    /// <summary>The recommendation's text; <see langword="null"/> when not given.</summary>
    public string? Text { get; }

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <inheritdoc />
    public bool Equals(Recommendation? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && PlanGuards.SameIds(Findings, other.Findings)
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Recommendation);

    /// <inheritdoc />
    public override int GetHashCode() => PlanGuards.Hash(Id) ^ Findings.Length;
}
