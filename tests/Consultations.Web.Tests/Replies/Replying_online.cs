using Consultations.Web.Features.Replies;
using System.Net;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Consultations.Web.Tests.Replies;

public class Replying_online(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(PortalClient Client, TestAccount Account)> DelegateAsync(string state)
    {
        var account = await portal.CreateAccountAsync(Roles.Delegate, state, twoFactor: true);
        var client = portal.CreatePortalClient();
        await client.SignInAsync(account);
        return (client, account);
    }

    [Fact]
    public async Task A_delegate_submits_mixed_opinions_with_a_file_and_gets_a_receipt_that_verifies()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 401);
        var (france, _) = await DelegateAsync("FRA");
        var colleague = await portal.CreateAccountAsync(Roles.Delegate, "FRA", email: "colleague.fra@example.org");

        var submitted = await ReplyFixture.SubmitAsync(
            france,
            circular.Id,
            ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null), ("DoesNotAssign", "Overlaps X.1252; merge clauses 6 and 7."), ("WithComments", null)),
            ("Form.Rows[2].Files", "comments.pdf", ReplyFixture.Pdf));

        PortalAssert.RedirectsTo(submitted, $"/replies/{circular.Id}/versions/1");
        var digest = string.Empty;
        await portal.WithDbAsync(async db =>
        {
            var reply = await db.Replies.SingleAsync(r => r.CircularId == circular.Id && r.MemberStateCode == "FRA");
            var version = Assert.Single(reply.Versions);
            Assert.Equal(Opinion.AssignsAuthorityNoComments, version.OpinionOn(1));
            Assert.Equal(Opinion.DoesNotAssignAuthority, version.OpinionOn(2));
            Assert.Equal(Opinion.AssignsAuthorityWithComments, version.OpinionOn(3));
            var file = Assert.Single(version.Attachments);
            Assert.Equal("comments.pdf", file.FileName);
            Assert.Equal(3, file.DraftTextId);
            Assert.Equal(portal.Clock.GetUtcNow().UtcDateTime, version.ReceivedAtUtc);
            digest = version.Digest;
            Assert.False(await db.ReplyDrafts.AnyAsync(d => d.CircularId == circular.Id));
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Reply.Submitted" && a.Details!.StartsWith("C401-2026-FRA-v1")));
            var receipts = await db.OutboxMessages.Include(m => m.Attachments).Where(m => m.Cause == "Reply.Receipt" && m.CauseId == "C401-2026-FRA-v1").ToListAsync();
            Assert.Equal(2, receipts.Count);
            Assert.Contains(receipts, m => m.ToAddress == colleague.Email);
            Assert.All(receipts, m => Assert.Equal("application/pdf", Assert.Single(m.Attachments).ContentType));
        });

        var receipt = await france.GetPageAsync($"/replies/{circular.Id}/versions/1");
        Assert.Equal("C401-2026-FRA-v1", receipt.QuerySelector("#receipt-reference")!.TextContent);
        Assert.Equal(digest, receipt.QuerySelector("#receipt-digest")!.TextContent);

        var verified = await portal.CreatePortalClient().GetPageAsync($"/verify?reference=C401-2026-FRA-v1&digest={digest}");
        Assert.Contains("Valid", verified.QuerySelector(".alert-success")!.TextContent);
        var issuedBeforeTheYear = await portal.CreatePortalClient().GetPageAsync($"/verify?reference=C401-FRA-v1&digest={digest}");
        Assert.NotNull(issuedBeforeTheYear.QuerySelector(".alert-success"));
        var otherYear = await portal.CreatePortalClient().GetPageAsync($"/verify?reference=C401-2025-FRA-v1&digest={digest}");
        Assert.Null(otherYear.QuerySelector(".alert-success"));
        var forged = await portal.CreatePortalClient().GetPageAsync($"/verify?reference=C401-2026-FRA-v1&digest={new string('0', 64)}");
        Assert.NotNull(forged.QuerySelector(".alert-danger"));

        var pdf = await france.GetAsync($"/replies/{circular.Id}/versions/1/receipt.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        Assert.Contains("Member State response to TSB Circular 401", text);
        Assert.Contains("Administration of France", text);
        Assert.Contains("C401-2026-FRA-v1", text);
        Assert.Contains(digest, text);
        Assert.Contains("Overlaps X.1252; merge clauses 6 and 7.", text);
        Assert.Contains("does not assign authority", text);
        Assert.Contains("comments.pdf", text);
        Assert.Contains("Check this receipt at http://localhost/verify", text);
    }

    [Fact]
    public async Task The_receipt_of_a_reply_to_the_Chinese_version_shows_Chinese_titles()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 402);
        var (china, _) = await DelegateAsync("CHN");
        await ReplyFixture.SubmitAsync(china, circular.Id, ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null), ("NoComments", null), ("NoComments", null)));

        var pdf = await china.GetAsync($"/replies/{circular.Id}/versions/1/receipt.pdf?lang=zh");

        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        Assert.Contains("使用移动设备的带外相互认证框架", text.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_saved_draft_keeps_the_work_and_never_counts()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 403);
        var (kenya, _) = await DelegateAsync("KEN");

        var saved = await kenya.PostMultipartAsync($"/replies/{circular.Id}", ReplyFixture.Form(ReplyIntent.SaveDraft, 0, ("WithComments", "Draft comment"), ("None", null), ("None", null)), [], $"/replies/{circular.Id}");

        PortalAssert.RedirectsTo(saved, $"/replies/{circular.Id}");
        var form = await kenya.GetPageAsync($"/replies/{circular.Id}");
        Assert.NotNull(form.QuerySelector("#Rows_0_Choice_WithComments[checked]"));
        Assert.Equal("Draft comment", form.QuerySelector("#Rows_0_Comment")!.TextContent);
        await portal.WithDbAsync(async db =>
        {
            Assert.False(await db.Replies.AnyAsync(r => r.CircularId == circular.Id));
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Reply.DraftSaved" && a.EntityId == $"{circular.Id}/KEN"));
        });
    }

    [Fact]
    public async Task Reasons_are_required_beside_the_row_and_what_was_typed_is_kept()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 404);
        var (france, _) = await DelegateAsync("FRA");

        var response = await france.PostMultipartAsync(
            $"/replies/{circular.Id}", ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null), ("DoesNotAssign", "  "), ("WithComments", "Typed comment")), [], $"/replies/{circular.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("give the reasons and an outline of possible changes", page.QuerySelector("#Rows_1_Comment-error")!.TextContent);
        Assert.Equal("Typed comment", page.QuerySelector("#Rows_2_Comment")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Rows_1_Choice_DoesNotAssign[checked]"));
        await portal.WithDbAsync(async db => Assert.False(await db.Replies.AnyAsync(r => r.CircularId == circular.Id)));
    }

    [Fact]
    public async Task Revising_adds_a_version_and_keeps_the_earlier_one()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 405);
        var (france, _) = await DelegateAsync("FRA");
        await ReplyFixture.SubmitAsync(france, circular.Id, ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null), ("NoComments", null), ("NoComments", null)));

        var form = await france.GetPageAsync($"/replies/{circular.Id}");
        Assert.Equal("1", form.QuerySelector("input[name='Form.BaseRevision']")!.GetAttribute("value"));
        var second = await ReplyFixture.SubmitAsync(france, circular.Id, ReplyFixture.Form(ReplyIntent.Review, 1, ("NoComments", null), ("DoesNotAssign", "Changed our mind: see reasons."), ("NoComments", null)));

        PortalAssert.RedirectsTo(second, $"/replies/{circular.Id}/versions/2");
        var page = await france.GetPageAsync($"/replies/{circular.Id}/versions/2");
        Assert.Equal(["v2", "v1"], page.QuerySelectorAll("#versions tbody tr td:first-child a").Select(a => a.TextContent));
        await portal.WithDbAsync(async db =>
        {
            var reply = await db.Replies.SingleAsync(r => r.CircularId == circular.Id && r.MemberStateCode == "FRA");
            Assert.Equal([1, 2], reply.Versions.Select(v => v.Number));
            Assert.Equal(Opinion.AssignsAuthorityNoComments, reply.Versions[0].OpinionOn(2));
            Assert.Equal(Opinion.DoesNotAssignAuthority, reply.CountIn(circular, await db.MemberStates.SingleAsync(m => m.Code == "FRA")).Counted!.OpinionOn(2));
        });
    }

    [Fact]
    public async Task A_second_delegate_who_submits_after_a_colleague_is_told_and_loses_nothing()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 406);
        var (first, _) = await DelegateAsync("DEU");
        var (second, _) = await DelegateAsync("DEU");

        var secondReview = await second.PostMultipartAsync(
            $"/replies/{circular.Id}", ReplyFixture.Form(ReplyIntent.Review, 0, ("DoesNotAssign", "Second delegate's reasons"), ("None", null), ("None", null)), [], $"/replies/{circular.Id}");
        PortalAssert.RedirectsTo(secondReview, $"/replies/{circular.Id}/confirm");
        var secondConfirm = await second.GetPageAsync($"/replies/{circular.Id}/confirm");
        await ReplyFixture.SubmitAsync(first, circular.Id, ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null), ("NoComments", null), ("NoComments", null)));

        var conflict = await second.PostAsync(
            $"/replies/{circular.Id}/submit",
            new Dictionary<string, string> { ["draftStamp"] = secondConfirm.QuerySelector("input[name=draftStamp]")!.GetAttribute("value")! },
            $"/replies/{circular.Id}/confirm");

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await PortalClient.ParseAsync(conflict);
        Assert.Contains("submitted a newer version", page.QuerySelector("#form-errors")!.TextContent);
        Assert.NotNull(page.QuerySelector("#newer-heading"));
        Assert.Equal("Second delegate's reasons", page.QuerySelector("#Rows_0_Comment")!.TextContent);
        Assert.Equal("1", page.QuerySelector("input[name='Form.BaseRevision']")!.GetAttribute("value"));
        await portal.WithDbAsync(async db =>
        {
            var reply = await db.Replies.SingleAsync(r => r.CircularId == circular.Id && r.MemberStateCode == "DEU");
            Assert.Single(reply.Versions);
            Assert.Equal(1, await db.ReplyDrafts.CountAsync(d => d.CircularId == circular.Id));
        });
    }

    [Fact]
    public async Task A_state_that_was_not_a_member_on_the_circulars_date_gets_a_clear_message_and_no_form()
    {
        var circular = await CircularSeeds.AddAsync(
            portal, CircularSeeds.Draft(408, new DateOnly(2024, 9, 1), new DateOnly(2026, 6, 1), deadline: new DateOnly(2026, 5, 20)), new DateTime(2024, 9, 1, 9, 0, 0, DateTimeKind.Utc));
        var (palau, _) = await DelegateAsync("PLW");

        var form = await palau.GetPageAsync($"/replies/{circular.Id}");
        var posted = await palau.PostMultipartAsync($"/replies/{circular.Id}", ReplyFixture.Form(ReplyIntent.Review, 0, ("NoComments", null)), [], $"/replies/{circular.Id}");

        Assert.Contains("was not a Member State of ITU on 1 September 2024", form.QuerySelector("#form-errors")!.TextContent);
        Assert.Null(form.QuerySelector("#reply-form"));
        Assert.Contains("was not a Member State of ITU", (await PortalClient.ParseAsync(posted)).QuerySelector("#form-errors")!.TextContent);
        await portal.WithDbAsync(async db => Assert.False(await db.ReplyDrafts.AnyAsync(d => d.CircularId == circular.Id)));
    }
}
