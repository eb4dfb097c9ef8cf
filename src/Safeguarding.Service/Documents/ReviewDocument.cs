using NodaTime;
using Safeguarding.Domain.Lifecycle;
using Safeguarding.Domain.Timescales;

namespace Safeguarding.Service.Documents;

/// <summary>
/// <c>review</c> for one review record: read it, replay it through its lifecycle and compute its clocks on a date.
/// The command line (single and <c>--batch</c>) and <c>POST /v1/review</c> all call this.
/// </summary>
internal static class ReviewDocument
{
    public static Result<ReviewReport> Compute(ReadOnlyMemory<byte> utf8, LocalDate asOf)
    {
        var read = ReviewRecordJson.Read(utf8);
        return read.Success ? Result<ReviewReport>.Ok(ReviewReport.Create(read.Value, asOf, TimescaleCatalogue.Default)) : Result<ReviewReport>.Fail(read.Errors);
    }

    /// <summary>The answer in <c>json</c> or <c>text</c>.</summary>
    public static DocumentAnswer Answer(ReadOnlyMemory<byte> utf8, LocalDate asOf, bool json) =>
        DocumentAnswer.From(Compute(utf8, asOf), report => json ? report.ToJson() : report.ToText(), report => report.IsValid);
}
