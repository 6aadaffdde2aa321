using Consultations.Domain.Common;
using Consultations.Domain.Membership;

namespace Consultations.Domain.Tests.Membership;

public class Membership_on_the_circulars_date
{
    [Theory]
    [InlineData("2024-09-18", false)]
    [InlineData("2024-09-19", true)]
    [InlineData("2026-02-13", true)]
    [InlineData("2023-10-11", false)]
    public void Palau_counts_only_from_the_day_it_joined(string circularDate, bool counts)
    {
        Assert.Equal(counts, Builders.Palau.IsMemberOn(DateOnly.Parse(circularDate)));
    }

    [Fact]
    public void Palestine_never_counts()
    {
        var palestine = Builders.Palestine;

        Assert.False(palestine.IsMemberOn(new DateOnly(2000, 1, 1)));
        Assert.False(palestine.IsMemberOn(new DateOnly(2026, 2, 13)));
    }

    [Fact]
    public void A_state_that_left_stops_counting_on_the_day_it_left()
    {
        var state = new MemberState("XXA", "Example", new DateOnly(2000, 1, 1), new DateOnly(2025, 1, 1));

        Assert.True(state.IsMemberOn(new DateOnly(2024, 12, 31)));
        Assert.False(state.IsMemberOn(new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData("fra", "FRA")]
    [InlineData(" ken ", "KEN")]
    public void Codes_are_normalized(string input, string expected)
    {
        Assert.Equal(expected, new MemberState(input, "Name").Code);
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("FRAN")]
    [InlineData("F1A")]
    public void Malformed_codes_are_refused(string code)
    {
        Assert.Equal("MemberState.InvalidCode", Assert.Throws<DomainException>(() => new MemberState(code, "Name")).Code);
    }

    [Fact]
    public void Membership_dates_must_be_in_order()
    {
        var state = Builders.France;

        Assert.Throws<DomainException>(() => state.SetMembershipDates(new DateOnly(2020, 1, 1), new DateOnly(2019, 1, 1)));
        Assert.Null(state.MemberSince);
    }
}
