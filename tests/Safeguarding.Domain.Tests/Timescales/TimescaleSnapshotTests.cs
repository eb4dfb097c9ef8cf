using System.Linq;
using System.Text;
using Safeguarding.Domain.Tests.Support;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Domain.Tests.Timescales;

/// <summary>
/// The whole clock catalogue, every field of every clock, under the default options and under each
/// alternative reading, against reviewed snapshots: a changed figure, citation or verified flag fails here.
/// The catalogues are built inside the test so the builder runs under it.
/// </summary>
public sealed class TimescaleSnapshotTests
{
    internal static string Render(TimescaleCatalogue catalogue)
    {
        var text = new StringBuilder();
        foreach (var t in catalogue.All)
        {
            text.Append(t).Append('\n')
                .Append("  regime: ").Append(t.RegimeId.Value).Append('\n')
                .Append("  kinds: ").Append(string.Join(", ", t.ReviewKinds.Select(VocabularyNames.Kinds.Name))).Append('\n')
                .Append("  from ").Append(t.StartsOn).Append(" to ").Append(t.EndsOn).Append(", rule ").Append(t.Rule).Append('\n')
                .Append("  length: ").Append(t.Length.Unit).Append(' ').Append(t.Length.Count).Append('\n')
                .Append("  citation: ").Append(t.Citation.Instrument).Append(" | ").Append(t.Citation.Provision).Append(" | ").Append(t.Citation.Kind).Append(" | verified ").Append(t.Citation.Verified).Append('\n')
                .Append("  parameter: ").Append(t.Parameter ?? "-").Append(" (is parameter ").Append(t.IsParameter).Append(")\n")
                .Append("  ").Append(t.Description).Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public void DefaultCatalogue_MatchesTheReviewedSnapshot() =>
        Snapshot.Matches("timescales-default", Render(TimescaleCatalogue.Create(TimescaleOptions.Default)));

    [Fact]
    public void AlternativeReadings_MatchTheReviewedSnapshot()
    {
        var options = TimescaleOptions.Default
            .WithRapidReviewClockStart(RapidReviewClockStart.IncidentAwareness)
            .WithPanelNoticeInWorkingDays(true)
            .WithCompletionMonths(7, 8, 9)
            .WithDomesticHomicideDecisionMonths(2);
        Snapshot.Matches("timescales-alternatives", Render(TimescaleCatalogue.Create(options)));
    }

    [Fact]
    public void DefaultProperty_IsTheDefaultCatalogue() =>
        Assert.Equal(Render(TimescaleCatalogue.Create(TimescaleOptions.Default)), Render(TimescaleCatalogue.Default));
}
