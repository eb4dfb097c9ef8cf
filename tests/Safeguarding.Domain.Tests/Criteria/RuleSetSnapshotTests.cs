using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Criteria;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Criteria;

/// <summary>
/// Every regime, rule and criterion of the rule set, field by field, and the answer of every rule on every
/// complete combination of the facts it reads, against reviewed snapshots. The regimes are built inside each
/// test (<see cref="RuleSet.BuildRegimes"/>), so the builders and the decision tables run under the test that
/// checks them rather than under whichever test first touched the shared copy.
/// </summary>
public sealed class RuleSetSnapshotTests
{
    internal static IEnumerable<Regime> Fresh() => RuleSet.BuildRegimes().Concat(RuleSet.BuildCompanions());

    /// <summary>The regimes whose every combination of facts is walked through (the offensive weapons homicide reviews read too many facts: sampled in their own tests).</summary>
    internal static IEnumerable<Regime> Exhaustive() => Fresh().Where(r => r.Id != RegimeId.EnglandWalesOwhr2023);

    internal static string Render(IEnumerable<Regime> regimes)
    {
        var text = new StringBuilder();
        foreach (var regime in regimes)
        {
            text.Append("regime ").Append(regime).Append(": ").Append(regime.Name).Append('\n')
                .Append("  jurisdiction ").Append(regime.Jurisdiction).Append("; subjects ").Append(string.Join(", ", regime.Subjects))
                .Append("; in force ").Append(regime.Validity).Append('\n')
                .Append("  citation: ").Append(Cite(regime.Citation)).Append('\n');
            foreach (var subject in new[] { Subject.Child, Subject.Adult })
            {
                text.Append("  kinds for ").Append(subject).Append(": ").Append(string.Join(", ", regime.KindsFor(subject))).Append('\n');
            }

            var shown = new HashSet<Criterion>(ReferenceEqualityComparer.Instance);
            foreach (var rule in regime.Rules)
            {
                text.Append("  rule ").Append(rule).Append(" (").Append(rule.Subject).Append(")\n");
                Tree(text, rule.Condition, "    ", shown);
            }

            foreach (var (kind, subject) in regime.Rules.Select(r => (r.Kind, r.Subject)).Distinct())
            {
                text.Append("  facts read for ").Append(kind).Append(' ').Append(subject).Append(":\n");
                foreach (var date in SegmentStarts(regime))
                {
                    text.Append("    from ").Append(Iso(date)).Append(": ").Append(regime.FactsFor(subject, kind, date)).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    [Fact]
    public void Regimes_MatchTheReviewedSnapshot() =>
        Snapshot.Matches("criteria-rulesets", Render(Fresh()));

    [Fact]
    public void SharedRegimes_AreTheFreshlyBuiltOnes() =>
        Assert.Equal(Render(Fresh()), Render(RuleSet.Regimes.Concat(RuleSet.Companions)));

    /// <summary>Every rule's result, and the determination's outcome, on every complete combination of the facts read, per span of dates.</summary>
    [Fact]
    public void Decisions_OnEveryCompleteCombination_MatchTheReviewedSnapshot()
    {
        var text = new StringBuilder();
        foreach (var regime in Exhaustive())
        {
            for (int g = 0; g < regime.Groups.Length; g++)
            {
                var group = regime.Groups[g];
                if (DecisionOracleTests.Sampled(regime, group))
                {
                    continue; // too many combinations to list: sampled against the oracle instead
                }

                foreach (var date in SegmentStarts(regime))
                {
                    var read = group.FactsOn(date);
                    text.Append(regime.Id).Append(' ').Append(group.Kind).Append(' ').Append(group.Subject).Append(" from ").Append(Iso(date))
                        .Append(" reads [").Append(read).Append("]\n");
                    foreach (var facts in CaseFactsValues.Completions(new CaseFacts(regime.Jurisdiction, group.Subject, date), read))
                    {
                        var outcome = regime.Tables[g].Decide(in facts, out var missing);
                        Assert.True(missing.IsEmpty);
                        text.Append("  ").Append(CaseFactsValues.Describe(facts, read)).Append(" => ").Append(outcome).Append('\n');
                    }
                }
            }
        }

        Snapshot.Matches("criteria-decisions", text.ToString());
    }

    internal static IEnumerable<LocalDate> SegmentStarts(Regime regime)
    {
        var starts = new SortedSet<LocalDate> { regime.Validity.From };
        foreach (var criterion in regime.Rules.SelectMany(r => Walk(r.Condition)))
        {
            if (regime.Validity.Contains(criterion.Validity.From))
            {
                starts.Add(criterion.Validity.From);
            }

            if (criterion.Validity.Until is LocalDate until && regime.Validity.Contains(until.PlusDays(1)))
            {
                starts.Add(until.PlusDays(1));
            }
        }

        return starts;
    }

    internal static IEnumerable<Criterion> Walk(Criterion criterion) =>
        new[] { criterion }.Concat(criterion.Children.SelectMany(Walk));

    private static void Tree(StringBuilder text, Criterion criterion, string indent, HashSet<Criterion> shown)
    {
        if (!shown.Add(criterion))
        {
            text.Append(indent).Append(criterion.Kind).Append(' ').Append(criterion.Id).Append(", as above\n");
            return;
        }

        text.Append(indent).Append(criterion.Kind).Append(' ').Append(criterion).Append('\n')
            .Append(indent).Append("  \"").Append(criterion.Description).Append("\"\n")
            .Append(indent).Append("  in force ").Append(criterion.Validity).Append("; citation: ").Append(Cite(criterion.Citation)).Append('\n')
            .Append(indent).Append("  facts: ").Append(criterion.Facts).Append('\n');
        foreach (var child in criterion.Children)
        {
            Tree(text, child, indent + "  ", shown);
        }
    }

    private static string Cite(Citation c) => c.Instrument + " | " + c.Provision + " | " + c.Kind + " | verified " + c.Verified;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
