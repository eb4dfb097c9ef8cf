using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Register;

/// <content>The JSON rendering: the contract's <c>safeguarding register --format json</c> output.</content>
public sealed partial class RegisterReport
{
    /// <summary>
    /// The report as the contract's JSON: <c>asOf</c>, <c>reviews</c>, <c>clocks</c>, <c>delays</c>, <c>themes</c>,
    /// <c>recommendations</c> and <c>actions</c>, plus <c>partnership</c>, <c>valid</c>, <c>validation</c>,
    /// <c>unexplainedDelays</c>, <c>completeness</c> and <c>disclosure</c>. With a disclosure control, a withheld
    /// count is <c>null</c> and every list that names reviews is <c>null</c>.
    /// </summary>
    /// <returns>The JSON text, indented.</returns>
    public string ToJson() => JsonText.Write(WriteTo);

    private bool Withheld(int count) => Disclosure?.Suppresses(count) == true;

    private bool Publishable => Disclosure is not null;

    private void WriteCount(Utf8JsonWriter w, string name, int count)
    {
        if (Withheld(count))
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, count);
        }
    }

    private void WriteIds(Utf8JsonWriter w, string name, IEnumerable<string> ids)
    {
        if (Publishable)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
    }

    private void WriteTo(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("partnership", Register.Partnership);
        w.WriteString("asOf", PlanText.Iso(AsOf));
        w.WriteBoolean("valid", IsValid);
        w.WriteStartArray("validation");
        foreach (var issue in Validation)
        {
            w.WriteStartObject();
            w.WriteString("path", issue.Path);
            w.WriteString("code", issue.Code);
            w.WriteString("severity", issue.SeverityName);
            w.WriteString("message", issue.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean("publishable", Publishable);
        if (Disclosure is DisclosureControl control)
        {
            w.WriteStartObject("disclosure");
            w.WriteNumber("suppressBelow", control.SuppressBelow);
            w.WriteString("statement", control.Statement);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("disclosure");
        }

        w.WriteStartObject("recurringThemes");
        w.WriteNumber("minimumReviews", Register.RecurringThemes.MinimumReviews);
        w.WriteString("window", PlanText.Iso(Register.RecurringThemes.Window));
        w.WriteEndObject();
        if (Register.Themes is ThemeList list)
        {
            w.WriteString("themeList", list.Id);
        }
        else
        {
            w.WriteNull("themeList");
        }

        w.WriteStartObject("reviews");
        WriteCount(w, "total", Reviews.Length);
        w.WriteStartObject("byKind");
        foreach (var pair in ByKind)
        {
            WriteCount(w, LifecycleNames.Name(pair.Key), pair.Value);
        }

        w.WriteEndObject();
        w.WriteStartObject("byState");
        foreach (var pair in ByState)
        {
            WriteCount(w, LifecycleNames.Name(pair.Key), pair.Value);
        }

        w.WriteEndObject();
        WriteCount(w, "openCount", Open.Length);
        WriteIds(w, "open", Open.Select(r => r.Id));
        if (Publishable)
        {
            w.WriteNull("openReviews");
        }
        else
        {
            w.WriteStartArray("openReviews");
            foreach (var r in Open)
            {
                w.WriteStartObject();
                w.WriteString("review", r.Id);
                w.WriteString("kind", LifecycleNames.Name(r.Kind));
                w.WriteString("state", LifecycleNames.Name(r.State));
                if (r.AgeDays is int age)
                {
                    w.WriteNumber("ageDays", age);
                }
                else
                {
                    w.WriteNull("ageDays");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();

        w.WriteStartArray("clocks");
        foreach (var c in Clocks)
        {
            w.WriteStartObject();
            w.WriteString("clock", c.Clock);
            WriteCount(w, "met", c.Met);
            WriteCount(w, "late", c.Late);
            WriteCount(w, "due", c.Due);
            WriteCount(w, "overdue", c.Overdue);
            bool hideLateness = Publishable && Withheld(c.Late + c.Overdue);
            if (c.MedianDaysLate is double median && !hideLateness)
            {
                w.WriteNumber("medianDaysLate", median);
            }
            else
            {
                w.WriteNull("medianDaysLate");
            }

            if (c.MaxDaysLate is int max && !hideLateness)
            {
                w.WriteNumber("maxDaysLate", max);
            }
            else
            {
                w.WriteNull("maxDaysLate");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("delays");
        foreach (var pair in Delays)
        {
            w.WriteStartObject();
            w.WriteString("reason", LifecycleNames.Name(pair.Key));
            WriteCount(w, "count", pair.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (Publishable)
        {
            WriteCount(w, "unexplainedDelayCount", UnexplainedDelays.Length);
            w.WriteNull("unexplainedDelays");
        }
        else
        {
            w.WriteNumber("unexplainedDelayCount", UnexplainedDelays.Length);
            w.WriteStartArray("unexplainedDelays");
            foreach (var d in UnexplainedDelays)
            {
                w.WriteStartObject();
                w.WriteString("review", d.Review);
                w.WriteStartArray("clocks");
                foreach (var c in d.Clocks)
                {
                    w.WriteStringValue(c);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("themes");
        foreach (var t in Themes)
        {
            w.WriteStartObject();
            w.WriteString("theme", t.Theme);
            if (t.Title is string title)
            {
                w.WriteString("title", title);
            }

            WriteCount(w, "reviewCount", t.Reviews.Length);
            WriteIds(w, "reviews", t.Reviews);
            WriteCount(w, "reviewsInWindow", t.ReviewsInWindow.Length);
            w.WriteBoolean("recurring", t.Recurring);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("recommendations");
        w.WriteStartObject("byLevel");
        foreach (var pair in RecommendationsByLevel)
        {
            WriteCount(w, Addressee.NameOf(pair.Key), pair.Value);
        }

        w.WriteEndObject();
        WriteCount(w, "unaddressed", UnaddressedRecommendations);
        WriteCount(w, "awaitingResponseCount", AwaitingResponse.Length);
        WriteIds(w, "awaitingResponse", AwaitingResponse);
        w.WriteEndObject();

        w.WriteStartObject("actions");
        w.WriteStartObject("counts");
        foreach (var status in ActionStatuses)
        {
            WriteCount(w, status, ActionCounts[status]);
        }

        w.WriteEndObject();
        WriteCount(w, "overdue", OverdueActions.Length);
        WriteCount(w, "escalated", EscalatedActions.Length);
        w.WriteStartObject("byEscalation");
        foreach (var pair in EscalationCounts)
        {
            WriteCount(w, EscalationName(pair.Key), pair.Value);
        }

        w.WriteEndObject();
        WriteIds(w, "overdueActions", OverdueActions);
        WriteIds(w, "escalatedActions", EscalatedActions);
        w.WriteEndObject();

        w.WriteStartObject("completeness");
        w.WriteStartObject("missing");
        foreach (var pair in MissingCounts)
        {
            WriteCount(w, NameOf(pair.Key), pair.Value);
        }

        w.WriteEndObject();
        if (Publishable)
        {
            w.WriteNull("reviews");
        }
        else
        {
            w.WriteStartArray("reviews");
            foreach (var r in Reviews.Where(r => !r.Missing.IsEmpty))
            {
                w.WriteStartObject();
                w.WriteString("review", r.Id);
                w.WriteStartArray("missing");
                foreach (var item in r.Missing)
                {
                    w.WriteStringValue(NameOf(item));
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string EscalationName(EscalationLevel level) => RatingNames.Escalation.Name(level);

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
