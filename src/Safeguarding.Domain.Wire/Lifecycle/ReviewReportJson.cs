using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Internal;

namespace Safeguarding.Domain.Lifecycle;

/// <summary>The review report as JSON and as text.</summary>
public static class ReviewReportJson
{
    /// <summary>
    /// The report as the contract's JSON: <c>state</c>, <c>valid</c>, <c>rejected</c> (<c>index</c>, <c>type</c>,
    /// <c>unmetGuards</c>), <c>clocks</c> and <c>publicationWindow</c>, plus <c>kind</c>, <c>jurisdiction</c>,
    /// <c>regime</c>, <c>asOf</c> and <c>actionPlan</c>.
    /// </summary>
    /// <returns>The JSON text, indented.</returns>
    public static string ToJson(this ReviewReport self)
    {
        return JsonText.Write(self.WriteTo);
    }

    /// <summary>Writes the document onto a writer, whose options set the indentation and escaping.</summary>
    internal static void WriteTo(this ReviewReport self, Utf8JsonWriter w)
    {
        var review = self.Replay.Review;
        w.WriteStartObject();
        w.WriteString("kind", LifecycleNames.Name(self.Record.Kind));
        w.WriteString("jurisdiction", LifecycleNames.Name(self.Record.Jurisdiction));
        w.WriteString("regime", review.RegimeId.Value);
        w.WriteString("asOf", ContractDate.Format(self.AsOf));
        w.WriteString("state", LifecycleNames.Name(review.State));
        w.WriteString("actionPlan", LifecycleNames.Name(review.ActionPlan));
        w.WriteBoolean("valid", self.IsValid);
        if (self.Replay.RejectedEvent is ReviewEvent rejected)
        {
            w.WriteStartObject("rejected");
            w.WriteNumber("index", self.Replay.RejectedIndex!.Value);
            w.WriteString("type", LifecycleNames.Name(rejected.Type));
            w.WriteString("date", ContractDate.Format(rejected.Date));
            ReviewLifecycleDiagrams.WriteGuards(w, "unmetGuards", self.Replay.UnmetGuards);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("rejected");
        }

        w.WriteObjects("clocks", self.Clocks, static (w, c) =>
        {
            w.WriteString("clock", c.Id);
            w.WriteString("start", ContractDate.Format(c.Start));
            w.WriteString("due", ContractDate.Format(c.Due));
            w.WriteStringOrNull("done", c.Done is LocalDate done ? ContractDate.Format(done) : null);
            w.WriteString("status", LifecycleNames.Name(c.Status));
            if (c.DaysLate is int days)
            {
                w.WriteNumber("daysLate", days);
                if (c.WorkingDaysLate is int working)
                {
                    w.WriteNumber("workingDaysLate", working);
                }
            }

            // Time left on an open clock; an earliest date is typed and worded as one, not as a deadline.
            w.WriteString("type", c.IsEarliestDate ? "earliest-date" : "deadline");
            if (c.EarliestDate is LocalDate earliest)
            {
                w.WriteString("earliest", ContractDate.Format(earliest));
                if (c.DaysRemaining is int wait)
                {
                    w.WriteBoolean("allowed", wait == 0);
                    w.WriteNumber("daysUntilEarliest", wait);
                    if (c.WorkingDaysRemaining is int workingWait)
                    {
                        w.WriteNumber("workingDaysUntilEarliest", workingWait);
                    }
                }
            }
            else if (c.DaysRemaining is int left)
            {
                w.WriteNumber("daysRemaining", left);
                if (c.WorkingDaysRemaining is int workingLeft)
                {
                    w.WriteNumber("workingDaysRemaining", workingLeft);
                }
            }

            w.WriteString("rule", c.Timescale.Length.ToString());
            w.WriteBoolean("provisional", c.IsProvisional);
            w.WriteString("citation", c.Timescale.Citation.ToString());
        });
        if (self.PublicationWindow is PublicationWindow window)
        {
            w.WriteStartObject("publicationWindow");
            w.WriteString("start", ContractDate.Format(window.Start));
            w.WriteStringOrNull("end", window.End is LocalDate end ? ContractDate.Format(end) : null);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("publicationWindow");
        }

        w.WriteEndObject();
    }

    /// <summary>The report as text for people: state, any refusal with its guards, clocks, publication window.</summary>
    /// <returns>The text; lines end with <c>\n</c>.</returns>
    public static string ToText(this ReviewReport self)
    {
        var review = self.Replay.Review;
        var text = new StringBuilder();
        text.Append(LifecycleNames.Name(self.Record.Kind)).Append(" (").Append(LifecycleNames.Name(self.Record.Jurisdiction)).Append(", ").Append(review.RegimeId.Value)
            .Append("), as of ").Append(ContractDate.Format(self.AsOf)).Append('\n');
        text.Append("state: ").Append(LifecycleNames.Name(review.State)).Append("; action plan: ").Append(LifecycleNames.Name(review.ActionPlan)).Append('\n');
        if (self.Replay.RejectedEvent is ReviewEvent rejected)
        {
            text.Append("INVALID: the ").Append(PlanText.Ordinal(self.Replay.RejectedIndex!.Value + 1)).Append(" event (").Append(rejected)
                .Append(") is refused; unmet guards:\n");
            foreach (var g in self.Replay.UnmetGuards)
            {
                text.Append("  - ").Append(g.Id).Append(": ").Append(g.Description).Append(" [").Append(g.Citation).Append("]\n");
            }
        }
        else
        {
            text.Append("valid: every event is allowed by the lifecycle\n");
        }

        text.Append("clocks:\n");
        if (self.Clocks.IsEmpty)
        {
            text.Append("  (none started)\n");
        }

        foreach (var c in self.Clocks)
        {
            text.Append("  ").Append(c).Append(" [").Append(c.Timescale.Citation).Append("]\n");
        }

        text.Append("publication window: ").Append(self.PublicationWindow?.ToString() ?? "not published").Append('\n');
        return text.ToString();
    }
}
