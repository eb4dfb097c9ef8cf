namespace Safeguarding.Domain.ActionPlans;

/// <summary>
/// The dates on which an action's derived stage can change, read from its facts once: from then on, the
/// stage on any date is a few date comparisons, with no pass over the evidence.
/// </summary>
/// <remarks>
/// Every fact counts from its date on, so "some fact of a kind dated on or before the date" is "the earliest
/// such fact is on or before the date". This is what lets a trend derive each cycle's status without
/// assessing the action again.
/// </remarks>
internal readonly struct ActionTimeline
{
    private ActionTimeline(LocalDate? target, LocalDate? firstFact, LocalDate? firstEvidence, LocalDate? completed, LocalDate? firstImpact, LocalDate? firstNotOutput)
    {
        Target = target;
        FirstFact = firstFact;
        FirstEvidence = firstEvidence;
        Completed = completed;
        FirstImpact = firstImpact;
        FirstNotOutput = firstNotOutput;
    }

    /// <summary>The target date.</summary>
    public LocalDate? Target { get; }

    /// <summary>The earliest of the start date and the evidence dates.</summary>
    public LocalDate? FirstFact { get; }

    /// <summary>The earliest evidence of any kind.</summary>
    public LocalDate? FirstEvidence { get; }

    /// <summary>The earliest of the completion date and the completion evidence.</summary>
    public LocalDate? Completed { get; }

    /// <summary>The earliest impact evidence.</summary>
    public LocalDate? FirstImpact { get; }

    /// <summary>The earliest evidence that is not output.</summary>
    public LocalDate? FirstNotOutput { get; }

    /// <summary>Reads an action's timeline: one pass over its evidence.</summary>
    public static ActionTimeline Of(PlanAction action)
    {
        LocalDate? firstEvidence = null;
        LocalDate? completion = null;
        LocalDate? impact = null;
        LocalDate? notOutput = null;
        foreach (var e in action.Evidence)
        {
            firstEvidence = Min(firstEvidence, e.Date);
            if (e.Kind == EvidenceKind.Completion)
            {
                completion = Min(completion, e.Date);
            }

            if (e.Kind == EvidenceKind.Impact)
            {
                impact = Min(impact, e.Date);
            }

            if (e.Kind != EvidenceKind.Output)
            {
                notOutput = Min(notOutput, e.Date);
            }
        }

        var firstFact = action.StartedOn is { } started ? Min(firstEvidence, started) : firstEvidence;
        var completed = action.CompletedOn is { } done ? Min(completion, done) : completion;
        return new ActionTimeline(action.TargetDate, firstFact, firstEvidence, completed, impact, notOutput);
    }

    /// <summary>Whether the action is completed on a date.</summary>
    public bool IsCompleted(LocalDate asOf) => On(Completed, asOf);

    /// <summary>Whether the action is started (a start date, evidence, or completed) on a date.</summary>
    public bool IsStarted(LocalDate asOf) => On(FirstFact, asOf) || On(Completed, asOf);

    /// <summary>Whether any evidence is dated on or before a date.</summary>
    public bool HasEvidence(LocalDate asOf) => On(FirstEvidence, asOf);

    /// <summary>Whether every piece of evidence dated on or before a date (if any) is output.</summary>
    public bool OnlyOutput(LocalDate asOf) => !On(FirstNotOutput, asOf);

    /// <summary>Whether a date is known and on or before the as-of date.</summary>
    internal static bool On(LocalDate? date, LocalDate asOf) => date is { } d && d <= asOf;

    private static LocalDate Min(LocalDate? current, LocalDate candidate) => current is { } c && c <= candidate ? c : candidate;
}
