using System.Text;
using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Membership;
using Consultations.Testing;
using Consultations.Web.Features.Replies;
using UglyToad.PdfPig;

namespace Consultations.Web.Tests.Replies;

/// <summary>
/// An Arabic receipt is shaped and right to left, and its text comes out of the PDF in the order it was written:
/// the administration's name and a title are found after Unicode normalization folds the joined forms back to letters.
/// </summary>
public class Receipts_in_Arabic(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ArabicTitle = "إطار للاستيقان المتبادل خارج النطاق باستخدام الأجهزة المتنقلة";
    private const string ArabicComment = "نقترح دمج البندين 6 و7.";

    [Fact]
    public async Task The_receipt_of_Egypt_in_Arabic_reads_back_in_logical_order()
    {
        var (circular, egypt) = await EgyptRepliedAsync(431);

        var pdf = await egypt.GetAsync($"/replies/{circular.Id}/versions/1/receipt.pdf?lang=ar");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "receipt-ar.pdf"), bytes);

        Assert.True(bytes.Length < 300 * 1024, $"The Arabic receipt weighs {bytes.Length / 1024} KB.");
        using var document = PdfDocument.Open(bytes);
        var drawn = string.Concat(document.GetPages().Select(p => p.Text));
        // The letters were drawn joined: as Arabic presentation forms, not as the unjoined letters of the text.
        Assert.Contains(drawn, c => c is >= '\ufe70' and <= '\ufefc');
        var read = Compact(drawn.Normalize(NormalizationForm.FormKC));
        Assert.Contains(Compact("إدارة مصر"), read);
        Assert.Contains(Compact(ArabicTitle), read);
        Assert.Contains(Compact("نقترح دمج البندين"), read);
        // Left-to-right pieces inside the Arabic lines keep their own order.
        Assert.Contains("C431-2026-EGY-v1", read);
        Assert.Contains("X.1500(exX.prov-0)", read);
    }

    [Fact]
    public async Task An_Arabic_reader_of_an_English_only_circular_gets_an_Arabic_receipt_with_the_English_titles()
    {
        var circular = await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(432, new DateOnly(2026, 2, 13), new DateOnly(2026, 6, 1)), ReplyFixture.Published);
        var account = await portal.CreateAccountAsync(Roles.Delegate, "SAU", twoFactor: true);
        var saudiArabia = portal.CreatePortalClient();
        await saudiArabia.SignInAsync(account);
        await saudiArabia.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "ar", ["returnUrl"] = "/" });
        await ReplyFixture.SubmitAsync(saudiArabia, circular.Id, ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null), ("NoComments", null), ("NoComments", null)));

        var pdf = await saudiArabia.GetAsync($"/replies/{circular.Id}/versions/1/receipt.pdf");

        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var read = Compact(string.Concat(document.GetPages().Select(p => p.Text)).Normalize(NormalizationForm.FormKC));
        Assert.Contains(Compact("رد الدولة العضو على الرسالة المعممة"), read);
        Assert.Contains(Compact(circular.Texts[0].Title), read);
    }

    [Fact]
    public async Task The_receipt_of_China_in_Chinese_reads_back_with_its_Chinese_title()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 433);
        var account = await portal.CreateAccountAsync(Roles.Delegate, "CHN", twoFactor: true);
        var china = portal.CreatePortalClient();
        await china.SignInAsync(account);
        await ReplyFixture.SubmitAsync(china, circular.Id, ReplyFixture.Form(ReplyIntent.Review, 0, ("WithComments", "建议合并第6条和第7条。"), ("NoComments", null), ("NoComments", null)));

        var bytes = await (await china.GetAsync($"/replies/{circular.Id}/versions/1/receipt.pdf?lang=zh")).Content.ReadAsByteArrayAsync();
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "receipt-zh.pdf"), bytes);

        using var document = PdfDocument.Open(bytes);
        var read = Compact(string.Concat(document.GetPages().Select(p => p.Text)));
        Assert.Contains("中国主管部门", read);
        Assert.Contains("使用移动设备的带外相互认证框架", read);
        Assert.Contains("建议合并第6条和第7条。", read);
        Assert.Contains("C433-2026-CHN-v1", read);
        Assert.True(bytes.Length < 300 * 1024, $"The Chinese receipt weighs {bytes.Length / 1024} KB.");
    }

    [Fact]
    public async Task The_tally_report_and_the_comments_compilation_in_Arabic_read_back_in_logical_order()
    {
        var (circular, _) = await EgyptRepliedAsync(434);
        var secretariat = await portal.SignedInAsync(Roles.Secretariat);
        await secretariat.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "ar", ["returnUrl"] = "/" });

        foreach (var (file, expected) in new[] { ("tally.pdf", "حصيلة الرسالة المعممة"), ("compilation.pdf", "التعليقات والأسباب الواردة بشأن الرسالة المعممة") })
        {
            var bytes = await (await secretariat.GetAsync($"/circulars/{circular.Id}/tally/export/{file}")).Content.ReadAsByteArrayAsync();
            File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "ar-" + file), bytes);
            using var document = PdfDocument.Open(bytes);
            var read = Compact(string.Concat(document.GetPages().Select(p => p.Text)).Normalize(NormalizationForm.FormKC));
            Assert.Contains(Compact(expected), read);
            Assert.Contains(Compact(file == "tally.pdf" ? "الدول الأعضاء التي لم ترد" : ArabicComment), read);
            if (file == "compilation.pdf")
            {
                Assert.Contains(Compact(ArabicTitle), read);
            }

            // The tally names those that have not replied; the compilation, those that commented.
            Assert.Contains(Compact(file == "tally.pdf" ? MemberStateNames.Shipped("DEU", "ar")! : "مصر"), read);
        }
    }

    /// <summary>A circular with an Arabic title for its first text, to which Egypt replied with an Arabic comment.</summary>
    private async Task<(Circular Circular, PortalClient Egypt)> EgyptRepliedAsync(int number)
    {
        var circular = CircularSeeds.Draft(number, new DateOnly(2026, 2, 13), new DateOnly(2026, 6, 1));
        circular.SetTranslation(circular.Texts[0], new TextTranslation("ar", ArabicTitle, null));
        circular = await CircularSeeds.AddAsync(portal, circular, ReplyFixture.Published);
        var account = await portal.CreateAccountAsync(Roles.Delegate, "EGY", twoFactor: true);
        var egypt = portal.CreatePortalClient();
        await egypt.SignInAsync(account);
        await ReplyFixture.SubmitAsync(egypt, circular.Id, ReplyFixture.Form(ReplyIntent.Review, 0, ("WithComments", ArabicComment), ("NoComments", null), ("NoComments", null)));
        return (circular, egypt);
    }

    // PDF text carries no spaces between separately drawn letters: compare without them.
    private static string Compact(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c) && c is not ('\u2068' or '\u2069'))]);
}
