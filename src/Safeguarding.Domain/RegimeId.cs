namespace Safeguarding.Domain;

/// <summary>
/// The id of a body of review rules (a regime): the one name that the criteria (<see cref="Criteria.Regime.Id"/>), the
/// timescale catalogue (<see cref="Timescales.Timescale.RegimeId"/>) and the lifecycles (<see cref="Lifecycle.Review.RegimeId"/>)
/// share. Every regime's id is declared here, once; its text is the contract's wire id, for example <c>england-cspr-2018</c>.
/// </summary>
/// <remarks>
/// Immutable value; equality is ordinal on the text. The default value is no regime: its <see cref="Value"/> is empty and
/// it equals no declared id.
/// </remarks>
public readonly struct RegimeId : IEquatable<RegimeId>
{
    private readonly string? _value;

    internal RegimeId(string value)
    {
        _value = value;
    }

    /// <summary>England, Local Safeguarding Children Boards: serious case reviews (<c>england-lscb-2006</c>).</summary>
    public static RegimeId EnglandLscb2006 { get; } = new("england-lscb-2006");

    /// <summary>England, safeguarding partners: child safeguarding practice reviews (<c>england-cspr-2018</c>).</summary>
    public static RegimeId EnglandCspr2018 { get; } = new("england-cspr-2018");

    /// <summary>England, Safeguarding Adults Boards: safeguarding adults reviews (<c>england-care-act-2014</c>).</summary>
    public static RegimeId EnglandCareAct2014 { get; } = new("england-care-act-2014");

    /// <summary>England, community safety partnerships: domestic homicide reviews (<c>england-dhr-2011</c>).</summary>
    public static RegimeId EnglandDhr2011 { get; } = new("england-dhr-2011");

    /// <summary>England, local authorities: notification of the death of a looked-after child (<c>england-looked-after-child-death-2018</c>).</summary>
    public static RegimeId EnglandLookedAfterChildDeath2018 { get; } = new("england-looked-after-child-death-2018");

    /// <summary>England, local authorities: notification of the death of a care leaver (<c>england-care-leaver-death-2023</c>).</summary>
    public static RegimeId EnglandCareLeaverDeath2023 { get; } = new("england-care-leaver-death-2023");

    /// <summary>England and Wales, review partners: offensive weapons homicide reviews, pilot (<c>england-wales-owhr-2023</c>).</summary>
    public static RegimeId EnglandWalesOwhr2023 { get; } = new("england-wales-owhr-2023");

    /// <summary>England and Wales, domestic abuse related death reviews once commenced (<c>england-wales-dardr</c>).</summary>
    public static RegimeId EnglandWalesDardr { get; } = new("england-wales-dardr");

    /// <summary>Wales, Local Safeguarding Children Boards: serious case reviews (<c>wales-lscb-2006</c>).</summary>
    public static RegimeId WalesLscb2006 { get; } = new("wales-lscb-2006");

    /// <summary>Wales, Local Safeguarding Children Boards: child practice reviews (<c>wales-cpr-2013</c>).</summary>
    public static RegimeId WalesCpr2013 { get; } = new("wales-cpr-2013");

    /// <summary>Wales, Safeguarding Boards: child and adult practice reviews (<c>wales-2016</c>).</summary>
    public static RegimeId Wales2016 { get; } = new("wales-2016");

    /// <summary>Wales, Regional Safeguarding Boards: Single Unified Safeguarding Reviews (<c>wales-susr-2024</c>).</summary>
    public static RegimeId WalesSusr2024 { get; } = new("wales-susr-2024");

    /// <summary>Wales, community safety partnerships: domestic homicide reviews (<c>wales-dhr-2011</c>).</summary>
    public static RegimeId WalesDhr2011 { get; } = new("wales-dhr-2011");

    /// <summary>Scotland, child protection committees: learning reviews (<c>scotland-learning-review-2021</c>).</summary>
    public static RegimeId ScotlandLearningReview2021 { get; } = new("scotland-learning-review-2021");

    /// <summary>Scotland, adult protection committees: learning reviews (<c>scotland-adult-learning-review-2022</c>).</summary>
    public static RegimeId ScotlandAdultLearningReview2022 { get; } = new("scotland-adult-learning-review-2022");

    /// <summary>Northern Ireland, the Safeguarding Board: case management reviews (<c>northern-ireland-cmr-2012</c>).</summary>
    public static RegimeId NorthernIrelandCmr2012 { get; } = new("northern-ireland-cmr-2012");

    /// <summary>Northern Ireland: domestic homicide reviews (<c>northern-ireland-dhr-2020</c>).</summary>
    public static RegimeId NorthernIrelandDhr2020 { get; } = new("northern-ireland-dhr-2020");

    /// <summary>Every declared id, in the order above.</summary>
    public static ImmutableArray<RegimeId> All { get; } = ImmutableArray.Create(
        EnglandLscb2006, EnglandCspr2018, EnglandCareAct2014, EnglandDhr2011, EnglandLookedAfterChildDeath2018, EnglandCareLeaverDeath2023,
        EnglandWalesOwhr2023, EnglandWalesDardr, WalesLscb2006, WalesCpr2013, Wales2016, WalesSusr2024, WalesDhr2011,
        ScotlandLearningReview2021, ScotlandAdultLearningReview2022, NorthernIrelandCmr2012, NorthernIrelandDhr2020);

    /// <summary>The wire id, for example <c>england-cspr-2018</c>; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Finds a declared id by its wire text (ordinal, case-sensitive).</summary>
    /// <param name="text">The text, for example <c>wales-2016</c>; null finds nothing.</param>
    /// <param name="id">The id, when found; otherwise the default value.</param>
    /// <returns>Whether a regime has that id.</returns>
    public static bool TryParse(string? text, out RegimeId id)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate._value, text, StringComparison.Ordinal))
            {
                id = candidate;
                return true;
            }
        }

        id = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(RegimeId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegimeId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire id (<see cref="Value"/>).</summary>
    /// <returns>The id as text.</returns>
    public override string ToString() => Value;

    /// <summary>Equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RegimeId left, RegimeId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RegimeId left, RegimeId right) => !left.Equals(right);
}
