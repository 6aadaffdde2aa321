using System.Text;
using System.Xml.Linq;
using Consultations.Infrastructure.Documents;
using Consultations.Infrastructure.Pdf;
using Consultations.Testing;

namespace Consultations.Web.Tests.Foundation;

/// <summary>The joining of Arabic letters and the ordering of mixed lines that the PDF renderer relies on.</summary>
public class Arabic_in_documents
{
    [Theory]
    // Expected forms as HarfBuzz shapes these words with Noto Naskh Arabic (its glyphs mapped back to their code points).
    [InlineData("مصر", "\ufee3\ufebc\ufeae")]
    [InlineData("إدارة", "\ufe87\ufea9\ufe8d\ufead\ufe93")]
    [InlineData("لا", "\ufefb")]
    [InlineData("سلام", "\ufeb3\ufefc\ufee1")] // lam-alef after a joining letter takes its final form
    [InlineData("ء", "\ufe80")] // hamza joins nothing
    public void Letters_take_their_joined_forms(string word, string forms)
    {
        Assert.Equal(forms, ArabicShaping.Shape(word));
    }

    [Fact]
    public void Every_Arabic_sentence_of_the_portal_folds_back_to_itself()
    {
        var resx = Path.Combine(Repository.Root(), "src", "Consultations.Web", "Resources", "SharedResource.ar.resx");
        var sentences = XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Element("value")!).ToList();

        Assert.True(sentences.Count > 900);
        Assert.All(sentences, s => Assert.Equal(s.Normalize(NormalizationForm.FormKC), ArabicShaping.Shape(s).Normalize(NormalizationForm.FormKC)));
        Assert.All(sentences.Where(s => s.Any(c => Scripts.IsArabic(c) && char.IsLetter(c))), s => Assert.NotEqual(s, ArabicShaping.Shape(s)));
    }

    [Fact]
    public void Latin_text_is_left_alone()
    {
        Assert.Equal("C104-FRA-v3, X.1280 (ex X.oob-sa)", ArabicShaping.Shape("C104-FRA-v3, X.1280 (ex X.oob-sa)"));
        Assert.Equal("Administration of France", ArabicShaping.Shape("Administration of France"));
    }

    [Fact]
    public void A_right_to_left_line_puts_its_first_words_on_the_right()
    {
        var runs = BidiLine.Visual("إدارة مصر C104-EGY-v1", rightToLeftParagraph: true);

        Assert.Equal([new BidiRun("C104-EGY-v1", false), new BidiRun("إدارة مصر ", true)], runs);
    }

    [Fact]
    public void An_isolated_argument_keeps_its_punctuation_and_leaves_the_controls_out()
    {
        var runs = BidiLine.Logical("مشروع \u2068X.1500 (ex X.prov-0)\u2069: رد", rightToLeftParagraph: true);

        Assert.Equal([new BidiRun("مشروع ", true), new BidiRun("X.1500 (ex X.prov-0)", false), new BidiRun(": رد", true)], runs);
    }

    [Fact]
    public void Numbers_inside_a_right_to_left_argument_keep_their_place_and_their_digits_order()
    {
        var runs = BidiLine.Visual("يوم \u206820 مايو 2026\u2069", rightToLeftParagraph: true);

        Assert.Equal([new BidiRun("2026", false), new BidiRun(" مايو ", true), new BidiRun("20", false), new BidiRun("يوم ", true)], runs);
    }

    [Theory]
    [InlineData("إدارة مصر", true)]
    [InlineData("17 لجنة الدراسات", true)]
    [InlineData("Jeanne Martin, مصر", false)]
    [InlineData("1 (1 + 0)", null)]
    public void A_paragraph_takes_the_direction_of_its_first_letter(string text, bool? rightToLeft)
    {
        Assert.Equal(rightToLeft, BidiLine.FirstStrongIsRightToLeft(text));
    }

    [Fact]
    public void An_Arabic_name_in_an_English_line_is_one_right_to_left_run_in_place()
    {
        var runs = BidiLine.Visual("Administration of مصر (Egypt)", rightToLeftParagraph: false);

        Assert.Equal([new BidiRun("Administration of ", false), new BidiRun("مصر", true), new BidiRun(" (Egypt)", false)], runs);
    }

    [Fact]
    public void Brackets_point_the_other_way_in_right_to_left_runs()
    {
        Assert.Equal(')', BidiLine.Mirrored('('));
        Assert.Equal('«', BidiLine.Mirrored('»'));
        Assert.Equal('a', BidiLine.Mirrored('a'));
    }
}
