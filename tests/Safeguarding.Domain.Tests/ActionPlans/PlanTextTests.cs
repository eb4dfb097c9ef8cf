using Safeguarding.Domain.ActionPlans;

namespace Safeguarding.Domain.Tests.ActionPlans;

public sealed class PlanTextTests
{
    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(10, "10th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(101, "101st")]
    [InlineData(111, "111th")]
    [InlineData(112, "112th")]
    public void Ordinal_CountsFromOneInEnglish(int value, string expected) => Assert.Equal(expected, PlanText.Ordinal(value));

    [Theory]
    [InlineData(0, "day", "0 days")]
    [InlineData(1, "day", "1 day")]
    [InlineData(2, "reporting cycle", "2 reporting cycles")]
    public void Count_IsSingularForOneOnly(int value, string noun, string expected) => Assert.Equal(expected, PlanText.Count(value, noun));
}
