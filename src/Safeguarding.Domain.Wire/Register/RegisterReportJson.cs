using System.Globalization;
using Safeguarding.Domain.ActionPlans;
using Safeguarding.Domain.Internal;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Rating;

namespace Safeguarding.Domain.Register;

/// <summary>The JSON rendering: the contract's <c>safeguarding register --format json</c> output.</summary>
public static class RegisterReportJson
{
    /// <summary>
    /// The report as the contract's JSON: <c>asOf</c>, <c>reviews</c>, <c>clocks</c>, <c>delays</c>, <c>themes</c>,
    /// <c>recommendations</c> and <c>actions</c>, plus <c>partnership</c>, <c>valid</c>, <c>validation</c>,
    /// <c>unexplainedDelays</c>, <c>completeness</c> and <c>disclosure</c>. With a disclosure control, a withheld
    /// count is <c>null</c> and every list that names reviews is <c>null</c>.
    /// </summary>
    /// <returns>The JSON text, indented.</returns>
    public static string ToJson(this RegisterReport self) => JsonText.Write(self.WriteTo);

    internal static bool Withheld(this RegisterReport self, int count) => self.Disclosure?.Suppresses(count) == true;

    internal static bool Publishable(this RegisterReport self) => self.Disclosure is not null;

    internal static void WriteCount(this RegisterReport self, Utf8JsonWriter w, string name, int count)
    {
        if (self.Withheld(count))
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, count);
        }
    }

    internal static void WriteIds(this RegisterReport self, Utf8JsonWriter w, string name, IEnumerable<string> ids)
    {
        if (self.Publishable())
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStrings(name, ids);
    }

    // A list that names reviews, one object a review: null in a publishable report, as WriteIds.
    private static void WriteReviews<T>(this RegisterReport self, Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (self.Publishable())
        {
            w.WriteNull(name);
            return;
        }

        w.WriteObjects(name, items, write);
    }

    internal static void WriteTo(this RegisterReport self, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("partnership", self.Register.Partnership);
        w.WriteString("asOf", ContractDate.Format(self.AsOf));
        w.WriteBoolean("valid", self.IsValid);
        w.WriteIssues("validation", self.Validation);
        w.WriteBoolean("publishable", self.Publishable());
        if (self.Disclosure is DisclosureControl control)
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
        w.WriteNumber("minimumReviews", self.Register.RecurringThemes.MinimumReviews);
        w.WriteString("window", PlanText.Iso(self.Register.RecurringThemes.Window));
        w.WriteEndObject();
        w.WriteStringOrNull("themeList", self.Register.Themes?.Id);

        w.WriteStartObject("reviews");
        self.WriteCount(w, "total", self.Reviews.Length);
        w.WriteStartObject("byKind");
        foreach (var pair in self.ByKind)
        {
            self.WriteCount(w, LifecycleNames.Name(pair.Key), pair.Value);
        }

        w.WriteEndObject();
        w.WriteStartObject("byState");
        foreach (var pair in self.ByState)
        {
            self.WriteCount(w, LifecycleNames.Name(pair.Key), pair.Value);
        }

        w.WriteEndObject();
        self.WriteCount(w, "openCount", self.Open.Length);
        self.WriteIds(w, "open", self.Open.Select(r => r.Id));
        self.WriteReviews(w, "openReviews", self.Open, static (w, r) =>
        {
            w.WriteString("review", r.Id);
            w.WriteString("kind", LifecycleNames.Name(r.Kind));
            w.WriteString("state", LifecycleNames.Name(r.State));
            w.WriteNumberOrNull("ageDays", r.AgeDays);
        });
        w.WriteEndObject();

        w.WriteObjects("clocks", self.Clocks, (w, c) =>
        {
            w.WriteString("clock", c.Clock);
            self.WriteCount(w, "met", c.Met);
            self.WriteCount(w, "late", c.Late);
            self.WriteCount(w, "due", c.Due);
            self.WriteCount(w, "overdue", c.Overdue);
            bool hideLateness = self.Publishable() && self.Withheld(c.Late + c.Overdue);
            w.WriteNumberOrNull("medianDaysLate", hideLateness ? null : c.MedianDaysLate);
            w.WriteNumberOrNull("maxDaysLate", hideLateness ? null : c.MaxDaysLate);
        });

        w.WriteObjects("delays", self.Delays, (w, pair) =>
        {
            w.WriteString("reason", LifecycleNames.Name(pair.Key));
            self.WriteCount(w, "count", pair.Value);
        });
        self.WriteCount(w, "unexplainedDelayCount", self.UnexplainedDelays.Length);
        self.WriteReviews(w, "unexplainedDelays", self.UnexplainedDelays, static (w, d) =>
        {
            w.WriteString("review", d.Review);
            w.WriteStrings("clocks", d.Clocks);
        });

        w.WriteObjects("themes", self.Themes, (w, t) =>
        {
            w.WriteString("theme", t.Theme);
            w.WriteIfGiven("title", t.Title);

            self.WriteCount(w, "reviewCount", t.Reviews.Length);
            self.WriteIds(w, "reviews", t.Reviews);
            self.WriteCount(w, "reviewsInWindow", t.ReviewsInWindow.Length);
            w.WriteBoolean("recurring", t.Recurring);
        });

        w.WriteStartObject("recommendations");
        w.WriteStartObject("byLevel");
        foreach (var pair in self.RecommendationsByLevel)
        {
            self.WriteCount(w, Addressee.NameOf(pair.Key), pair.Value);
        }

        w.WriteEndObject();
        self.WriteCount(w, "unaddressed", self.UnaddressedRecommendations);
        self.WriteCount(w, "awaitingResponseCount", self.AwaitingResponse.Length);
        self.WriteIds(w, "awaitingResponse", self.AwaitingResponse);
        w.WriteEndObject();

        w.WriteStartObject("actions");
        w.WriteStartObject("counts");
        foreach (var status in RegisterReport.ActionStatuses)
        {
            self.WriteCount(w, status, self.ActionCounts[status]);
        }

        w.WriteEndObject();
        self.WriteCount(w, "overdue", self.OverdueActions.Length);
        self.WriteCount(w, "escalated", self.EscalatedActions.Length);
        w.WriteStartObject("byEscalation");
        foreach (var pair in self.EscalationCounts)
        {
            self.WriteCount(w, EscalationName(pair.Key), pair.Value);
        }

        w.WriteEndObject();
        self.WriteIds(w, "overdueActions", self.OverdueActions);
        self.WriteIds(w, "escalatedActions", self.EscalatedActions);
        w.WriteEndObject();

        w.WriteStartObject("completeness");
        w.WriteStartObject("missing");
        foreach (var pair in self.MissingCounts)
        {
            self.WriteCount(w, RegisterReport.NameOf(pair.Key), pair.Value);
        }

        w.WriteEndObject();
        self.WriteReviews(w, "reviews", self.Reviews.Where(r => !r.Missing.IsEmpty), static (w, r) =>
        {
            w.WriteString("review", r.Id);
            w.WriteStrings("missing", r.Missing.Select(RegisterReport.NameOf));
        });

        w.WriteEndObject();
        w.WriteEndObject();
    }

    internal static string EscalationName(EscalationLevel level) => RatingNames.Escalation.Name(level);

    internal static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
