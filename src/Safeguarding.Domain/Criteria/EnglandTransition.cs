namespace Safeguarding.Domain.Criteria;

/// <summary>
/// Which regime governs an English child's case decided between 29 June 2018 and 29 September 2019, while
/// local areas moved from Local Safeguarding Children Boards to safeguarding partners.
/// </summary>
/// <remarks>
/// The default value, <see cref="SafeguardingPartners"/>, applies <c>england-cspr-2018</c> from 29 June 2018:
/// from that day the Children Act 2004 s16C duty to notify the national Panel was in force in every area,
/// and notifications went to the Panel, not Ofsted, so the new duties are the ones a decision made that day
/// must meet. An area whose Board still decided serious case reviews under SI 2006/90 reg 5 (allowed until
/// 29 September 2019) chooses <see cref="LocalSafeguardingChildrenBoard"/>.
/// </remarks>
public enum EnglandTransition
{
    /// <summary>Child safeguarding practice reviews from 29 June 2018 (the default).</summary>
    SafeguardingPartners = 0,

    /// <summary>Serious case reviews under the Board until 29 September 2019, then child safeguarding practice reviews.</summary>
    LocalSafeguardingChildrenBoard = 1,
}
