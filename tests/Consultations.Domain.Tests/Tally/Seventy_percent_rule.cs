using Consultations.Domain.Tally;

namespace Consultations.Domain.Tests.Tally;

public class Seventy_percent_rule
{
    [Theory]
    [InlineData(7, 3, true)]
    [InlineData(2, 1, false)]
    [InlineData(0, 0, true)]
    [InlineData(1, 0, true)]
    [InlineData(0, 1, false)]
    [InlineData(69, 31, false)]
    [InlineData(70, 30, true)]
    [InlineData(136, 58, true)]
    [InlineData(135, 59, false)]
    [InlineData(7, 4, false)]
    [InlineData(14, 6, true)]
    public void Authorizes_exactly_at_seventy_percent_of_counted_replies(int supporting, int notSupporting, bool authorized)
    {
        Assert.Equal(authorized, ApprovalThreshold.IsAuthorized(supporting, notSupporting));
    }

    [Fact]
    public void Decides_large_counts_without_overflow()
    {
        const long huge = long.MaxValue;
        Assert.True(ApprovalThreshold.IsAuthorized(huge, huge / 7 * 3));
        Assert.False(ApprovalThreshold.IsAuthorized(huge, huge));
        Assert.True(ApprovalThreshold.IsAuthorized(huge, 0));
        Assert.True(ApprovalThreshold.IsAuthorized(int.MaxValue, 0));
        Assert.False(ApprovalThreshold.IsAuthorized(0, int.MaxValue));
    }

    [Fact]
    public void Agrees_with_the_rule_written_as_ten_s_against_seven_total_for_every_small_count()
    {
        for (var s = 0; s <= 200; s++)
        {
            for (var n = 0; n <= 200; n++)
            {
                Assert.Equal(10 * s >= 7 * (s + n), ApprovalThreshold.IsAuthorized(s, n));
            }
        }
    }

    [Theory]
    [InlineData(7, 3, 70.0)]
    [InlineData(2, 1, 66.7)]
    [InlineData(1, 2, 33.3)]
    [InlineData(136, 58, 70.1)]
    [InlineData(1, 0, 100.0)]
    public void Shows_the_share_of_support_to_one_decimal(int supporting, int notSupporting, double expected)
    {
        Assert.Equal((decimal)expected, ApprovalThreshold.Percentage(supporting, notSupporting));
    }

    [Fact]
    public void Shows_no_percentage_when_nobody_expressed_an_opinion()
    {
        Assert.Null(ApprovalThreshold.Percentage(0, 0));
    }

    [Theory]
    [InlineData(7, 3, MarginKind.OpposingRepliesToStop, 1)]
    [InlineData(0, 0, MarginKind.OpposingRepliesToStop, 1)]
    [InlineData(10, 0, MarginKind.OpposingRepliesToStop, 5)]
    [InlineData(9, 1, MarginKind.OpposingRepliesToStop, 3)]
    [InlineData(2, 1, MarginKind.SupportingRepliesNeeded, 1)]
    [InlineData(0, 1, MarginKind.SupportingRepliesNeeded, 3)]
    [InlineData(69, 31, MarginKind.SupportingRepliesNeeded, 4)]
    public void States_the_margin_to_the_other_side_of_the_threshold(int s, int n, MarginKind kind, int count)
    {
        var margin = ApprovalThreshold.MarginOf(s, n);

        Assert.Equal(new Margin(kind, count), margin);
    }

    [Fact]
    public void The_margin_is_exactly_the_number_of_replies_that_flips_the_decision()
    {
        for (var s = 0; s <= 60; s++)
        {
            for (var n = 0; n <= 60; n++)
            {
                var margin = ApprovalThreshold.MarginOf(s, n);
                if (margin.Kind == MarginKind.OpposingRepliesToStop)
                {
                    Assert.True(ApprovalThreshold.IsAuthorized(s, n + margin.Count - 1));
                    Assert.False(ApprovalThreshold.IsAuthorized(s, n + margin.Count));
                }
                else
                {
                    Assert.False(ApprovalThreshold.IsAuthorized(s + margin.Count - 1, n));
                    Assert.True(ApprovalThreshold.IsAuthorized(s + margin.Count, n));
                }
            }
        }
    }

    [Fact]
    public void Describes_the_margin_in_words()
    {
        Assert.Equal("authorized; 2 more replies not assigning authority would stop it", new Margin(MarginKind.OpposingRepliesToStop, 2).Describe());
        Assert.Equal("3 more supporting replies needed", new Margin(MarginKind.SupportingRepliesNeeded, 3).Describe());
        Assert.Equal("1 more supporting reply needed", new Margin(MarginKind.SupportingRepliesNeeded, 1).Describe());
    }
}
