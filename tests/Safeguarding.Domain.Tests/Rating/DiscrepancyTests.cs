using Safeguarding.Domain.Rating;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Rating;

public sealed class DiscrepancyTests
{
    private const string Why = "Reported green, but the only evidence is output.";

    private static Discrepancy OutputOnly(string code = "completed-by-output-only", string reported = "green", string derived = "amber", string message = Why) =>
        new Discrepancy { Code = code, ReportedStatus = reported, DerivedStatus = derived, Message = message };

    [Fact]
    public void ToString_GivesCodeReportedAndDerived()
    {
        Assert.Equal("completed-by-output-only: reported green, derived amber", OutputOnly().ToString());
    }

    [Fact]
    public void Equality_CoversEveryMember()
    {
        EqualityLaws.Hold(OutputOnly(), new Discrepancy { Code = "completed-by-" + "output-only", ReportedStatus = "green", DerivedStatus = "amber", Message = Why },
            OutputOnly(code: "completed-without-evidence"), OutputOnly(reported: "blue"));

        // The hash leaves out the derived status and the message; equality does not.
        Assert.False(OutputOnly().Equals(OutputOnly(derived: "red")));
        Assert.False(OutputOnly().Equals(OutputOnly(message: "Reported green.")));
        Assert.False(OutputOnly().Equals((Discrepancy?)null));
    }
}
