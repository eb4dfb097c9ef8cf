namespace Safeguarding.Domain.Citations;

/// <summary>
/// The editions of <i>Working Together to Safeguard Children</i> and the day each began to apply, so that a
/// citation of Working Together names the edition in force on the decision date, with its chapter on reviews.
/// </summary>
/// <remarks>
/// Editions (the chapter on serious incidents and reviews): 2006/2010 ch.8, from 1 April 2006 (the LSCB
/// regulations; the 2010 revision kept chapter 8); 2013 ch.4, from 15 April 2013 (in-force day unverified);
/// 2015 ch.4, from 26 March 2015 (the publication day, assumed to be the in-force day); 2018 ch.4, from
/// 29 June 2018 (the day the duties it describes began; published 4 July 2018); 2023 ch.5, from 15 December 2023.
/// A restated citation is verified only when the rule's own citation is and the edition's day and chapter are.
/// </remarks>
internal static class WorkingTogether
{
    /// <summary>The instrument name every edition shares.</summary>
    public const string Title = "Working Together to Safeguard Children";

    private static readonly Edition[] Editions =
    {
        new(new LocalDate(2006, 4, 1), "2006/2010", "ch.8", false),
        new(new LocalDate(2013, 4, 15), "2013", "ch.4", false),
        new(new LocalDate(2015, 3, 26), "2015", "ch.4", true),
        new(new LocalDate(2018, 6, 29), "2018", "ch.4", true),
        new(new LocalDate(2023, 12, 15), "2023", "ch.5", true),
    };

    /// <summary>The days on which an edition begins.</summary>
    public static LocalDate[] EditionStarts()
    {
        var starts = new LocalDate[Editions.Length];
        for (int i = 0; i < Editions.Length; i++)
        {
            starts[i] = Editions[i].From;
        }

        return starts;
    }

    /// <summary>Whether a citation is of Working Together (any edition).</summary>
    public static bool Cites(Citation citation) =>
        citation.Instrument.StartsWith(Title, StringComparison.Ordinal);

    /// <summary>
    /// The citation as it reads on a date: a citation of Working Together names the edition in force then, its
    /// chapter on reviews, and the same topic (the provision's text after its chapter); any other citation is returned as it is.
    /// </summary>
    public static Citation On(Citation citation, LocalDate date)
    {
        if (!Cites(citation) || date < Editions[0].From)
        {
            return citation;
        }

        var edition = Editions[0];
        foreach (var candidate in Editions)
        {
            if (candidate.From <= date)
            {
                edition = candidate;
            }
        }

        string provision = citation.Provision;
        string topic = provision.StartsWith("ch.", StringComparison.Ordinal) && provision.IndexOf(", ", StringComparison.Ordinal) is int comma and > 0
            ? provision.Substring(comma + 2)
            : provision;
        var restated = new Citation(Title + " " + edition.Label, topic.Length == 0 ? edition.Chapter : edition.Chapter + ", " + topic,
            citation.Kind, citation.Verified && edition.Verified);
        return restated.Equals(citation) ? citation : restated;
    }

    private sealed record Edition(LocalDate From, string Label, string Chapter, bool Verified);
}
