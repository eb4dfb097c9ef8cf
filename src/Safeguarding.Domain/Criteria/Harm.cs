namespace Safeguarding.Domain.Criteria;

/// <summary>The harm the person suffered.</summary>
/// <remarks>
/// The default value is <see cref="Unknown"/>. <see cref="SeriouslyHarmed"/> stands for each regime's own
/// threshold: "seriously harmed" (England), "potentially life-threatening injury or serious and permanent
/// impairment" (Wales), "significantly harmed" (Northern Ireland, Scotland), "serious abuse or neglect" (Care Act 2014 s44(3)).
/// Wire names: <c>unknown</c>, <c>died</c>, <c>seriously-harmed</c>, <c>not-seriously-harmed</c>.
/// </remarks>
public enum Harm
{
    /// <summary>Not yet established (<c>unknown</c>).</summary>
    Unknown = 0,

    /// <summary>The person has died (<c>died</c>).</summary>
    Died = 1,

    /// <summary>The person is alive and was seriously harmed (<c>seriously-harmed</c>).</summary>
    SeriouslyHarmed = 2,

    /// <summary>The person is alive and was not seriously harmed (<c>not-seriously-harmed</c>).</summary>
    NotSeriouslyHarmed = 3,
}
