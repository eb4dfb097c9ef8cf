using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Register;

/// <summary>
/// When a theme counts as recurring: findings of at least <see cref="MinimumReviews"/> distinct reviews carry it,
/// each published within <see cref="Window"/> before the as-of date (inclusive). Defaults: 2 reviews, 3 years.
/// </summary>
/// <remarks>Immutable and thread-safe. Both numbers are the partnership's choice, not a rule of law.</remarks>
public sealed class RecurringThemeRule : IEquatable<RecurringThemeRule>
{
    /// <summary>Makes a rule, or gives the issues a register's <c>recurringThemes</c> object gets from the reader.</summary>
    /// <param name="minimumReviews">How many distinct reviews make a theme recurring; 1 to 1,000.</param>
    /// <param name="window">How far back publication counts; a positive period of years, months, weeks or days, at most 100 years.</param>
    /// <returns>
    /// The rule, or the issues, relative to the rule's object: <c>$.minimumReviews</c> (<c>number-out-of-range</c>),
    /// <c>$.window</c> (<c>invalid-period</c>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public static Result<RecurringThemeRule> Create(int minimumReviews, Period window)
    {
        Guard.Against.Null(window);
        string? periodError = Internal.PeriodRules.ShapeError(window);
        return Result<RecurringThemeRule>.Checked(
            new[]
            {
                Issue.ForNumber("$.minimumReviews", minimumReviews, 1, MaxMinimumReviews),
                periodError is null ? null : new Issue("$.window", "invalid-period", periodError),
            },
            () => new RecurringThemeRule(minimumReviews, window));
    }

    /// <summary>The most reviews a rule may ask for (the register document's limit).</summary>
    internal const int MaxMinimumReviews = 1000;

    /// <summary>Creates a rule.</summary>
    /// <param name="minimumReviews">How many distinct reviews make a theme recurring; 1 to 1,000.</param>
    /// <param name="window">How far back publication counts; a positive period of years, months, weeks or days.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumReviews"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is not a positive date period.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    internal RecurringThemeRule(int minimumReviews, Period window)
    {
        MinimumReviews = Guard.Against.OutOfRange(minimumReviews, nameof(minimumReviews), 1, 1000);
        var normal = Guard.Against.Null(window).Normalize();
        if (Internal.PeriodRules.ShapeError(normal) is not null)
        {
            throw new ArgumentException("The window must be a positive period of years, months, weeks or days, at most 100 years.", nameof(window));
        }

        Window = normal;
    }

    /// <summary>The contract's defaults: 2 reviews within 3 years (<c>P3Y</c>).</summary>
    public static RecurringThemeRule Default { get; } = new(2, Period.FromYears(3));

    /// <summary>How many distinct reviews make a theme recurring.</summary>
    public int MinimumReviews { get; }

    /// <summary>How far back before the as-of date a review's publication counts.</summary>
    public Period Window { get; }

    /// <summary>Whether a publication date falls within the window before a date: on or after <c>asOf - Window</c> and on or before <c>asOf</c>.</summary>
    /// <param name="published">The publication date.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>Whether it counts.</returns>
    internal bool InWindow(LocalDate published, LocalDate asOf) => published <= asOf && published >= asOf.Minus(Window);

    /// <summary>Returns the rule, for example <c>at least 2 reviews published within P3Y</c>.</summary>
    /// <returns>The rule as text.</returns>
    public override string ToString() => "at least " + MinimumReviews + " reviews published within " + PlanText.Iso(Window);

    /// <inheritdoc />
    public bool Equals(RecurringThemeRule? other) => other is not null && MinimumReviews == other.MinimumReviews && Window.Equals(other.Window);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecurringThemeRule);

    /// <inheritdoc />
    public override int GetHashCode() => MinimumReviews ^ Window.GetHashCode();
}
