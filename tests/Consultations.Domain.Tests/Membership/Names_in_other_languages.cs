using Consultations.Domain.Common;
using Consultations.Domain.Membership;

namespace Consultations.Domain.Tests.Membership;

public class Names_in_other_languages
{
    [Fact]
    public void A_correction_is_kept_per_language_and_raises_the_revision()
    {
        var state = new MemberState("MEX", "Mexico");

        state.CorrectName("ar", "  المكسيك ");
        state.CorrectName("zh", "墨西哥");

        Assert.Equal([new StateName("ar", "المكسيك"), new StateName("zh", "墨西哥")], state.CorrectedNames);
        Assert.Equal(2, state.Revision);
    }

    [Fact]
    public void The_same_name_again_changes_nothing_and_an_empty_one_removes_the_correction()
    {
        var state = new MemberState("MEX", "Mexico");
        state.CorrectName("fr", "Mexique");

        state.CorrectName("fr", "Mexique");
        Assert.Equal(1, state.Revision);

        state.CorrectName("fr", " ");
        Assert.Empty(state.CorrectedNames);
        Assert.Equal(2, state.Revision);

        state.CorrectName("fr", null);
        Assert.Equal(2, state.Revision);
    }

    [Fact]
    public void Replacing_a_correction_keeps_one_name_per_language()
    {
        var state = new MemberState("MEX", "Mexico");
        state.CorrectName("es", "Méjico");

        state.CorrectName("es", "México");

        Assert.Equal([new StateName("es", "México")], state.CorrectedNames);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("EN")]
    [InlineData("fra")]
    [InlineData("")]
    [InlineData("z1")]
    public void English_is_the_name_itself_and_a_language_is_two_lower_case_letters(string language)
    {
        var state = new MemberState("MEX", "Mexico");

        var refused = Assert.Throws<DomainException>(() => state.CorrectName(language, "Name"));

        Assert.Equal("MemberState.NameLanguage", refused.Code);
        Assert.Empty(state.CorrectedNames);
    }
}
