using System;
using Safeguarding.Domain.Citations;
using Safeguarding.Domain.Tests.Support;

namespace Safeguarding.Domain.Tests.Sources;

public sealed class CitationTests
{
    private static Citation Reg16(bool verified = true) => new("SI 2018/789", "reg 16(1)", SourceKind.Regulation, verified);

    [Fact]
    public void Equality_CoversEveryMember()
    {
        EqualityLaws.Hold(
            Reg16(),
            new Citation("SI 2018/" + "789", "reg 16(1)", SourceKind.Regulation, true),
            new Citation("SI 2018/790", "reg 16(1)", SourceKind.Regulation, true),
            new Citation("SI 2018/789", "reg 16(2)", SourceKind.Regulation, true),
            new Citation("SI 2018/789", "reg 16(1)", SourceKind.Statute, true),
            Reg16(verified: false));
        Assert.False(Reg16().Equals((Citation?)null));
    }

    [Fact]
    public void ToString_JoinsInstrumentAndProvision_OrGivesTheInstrumentAlone()
    {
        Assert.Equal("SI 2018/789 reg 16(1)", Reg16().ToString());
        Assert.Equal("Children Act 2004", new Citation("Children Act 2004", string.Empty, SourceKind.Statute, true).ToString());
    }

    [Fact]
    public void Constructor_RefusesAMissingInstrumentOrProvisionOrAnUndefinedKind()
    {
        Assert.Equal("instrument", Assert.ThrowsAny<ArgumentException>(() => new Citation(" ", "s1", SourceKind.Statute, true)).ParamName);
        Assert.Equal("instrument", Assert.ThrowsAny<ArgumentException>(() => new Citation(null!, "s1", SourceKind.Statute, true)).ParamName);
        Assert.Equal("provision", Assert.Throws<ArgumentNullException>(() => new Citation("Act", null!, SourceKind.Statute, true)).ParamName);
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => new Citation("Act", "s1", (SourceKind)42, true)).ParamName);
        var kept = new Citation("Act", string.Empty, SourceKind.LocalPolicy, false);
        Assert.Equal(("Act", string.Empty, SourceKind.LocalPolicy, false), (kept.Instrument, kept.Provision, kept.Kind, kept.Verified));
    }
}
