using System.Net;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Api;

/// <summary>An administration's own system submits and revises its reply, with the form's rules, receipts and audit.</summary>
public class Replying_over_the_API(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static object Reply(IEnumerable<(int TextId, string Opinion, string? Comment)> opinions) => new
    {
        signatory = new { name = "Jeanne Martin", title = "Head of Standardization", place = "Paris" },
        opinions = opinions.Select(o => new { textId = o.TextId, opinion = o.Opinion, comment = o.Comment }).ToArray(),
    };

    [Fact]
    public async Task A_reply_is_stored_with_its_receipt_and_the_secretariat_sees_it_in_the_tally()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 5001);
        var texts = circular.ActiveTexts.ToList();
        var api = ApiAccess.Client(portal, await ApiAccess.TokenAsync(portal, Roles.Delegate, "FRA", ApiScopes.Reply));
        var secretariat = ApiAccess.Client(portal, await ApiAccess.TokenAsync(portal, Roles.Secretariat));

        var created = await ApiAccess.PutReplyAsync(api, circular.Id, "\"0\"", Reply([
            (texts[0].Id, "assigns-authority-no-comments", null),
            (texts[1].Id, "assigns-authority-with-comments", "Clause 6 should cite X.1254."),
            (texts[2].Id, "does-not-assign-authority", "The scope overlaps X.1252; merge the texts.")]));
        var receipt = await ApiAccess.JsonAsync(created);
        var pdf = await api.GetAsync(receipt.GetProperty("receiptUrl").GetString());
        var tally = await ApiAccess.JsonAsync(await secretariat.GetAsync($"/api/v1/circulars/{circular.Id}/tally"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag!.ToString());
        Assert.Equal($"C{circular.Number}-2026-FRA-v1", receipt.GetProperty("reference").GetString());
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal(1, tally.GetProperty("repliesCounted").GetInt32());
        Assert.DoesNotContain("FRA", tally.GetProperty("notReplied").EnumerateArray().Select(e => e.GetString()));
        await portal.WithDbAsync(async db =>
        {
            Assert.Contains(await db.AuditRecords.Where(a => a.Action == "Reply.Submitted").Select(a => a.Details).ToListAsync(), d => d!.Contains("API token"));
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.Subject.Contains($"C{circular.Number}-2026-FRA-v1")));
        });
    }

    [Fact]
    public async Task A_revised_receipt_says_what_changed_and_the_time_to_the_second()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 5006);
        var texts = circular.ActiveTexts.ToList();
        var api = ApiAccess.Client(portal, await ApiAccess.TokenAsync(portal, Roles.Delegate, "ARG", ApiScopes.Reply));
        await ApiAccess.PutReplyAsync(api, circular.Id, "\"0\"", Reply(texts.Select(t => (t.Id, "assigns-authority-no-comments", (string?)null))));
        portal.Clock.Advance(TimeSpan.FromSeconds(7));
        var second = await ApiAccess.JsonAsync(await ApiAccess.PutReplyAsync(api, circular.Id, "\"1\"", Reply([
            (texts[0].Id, "assigns-authority-no-comments", null),
            (texts[1].Id, "does-not-assign-authority", "Overlaps X.1252."),
            (texts[2].Id, "assigns-authority-no-comments", null)])));

        var pdf = await api.GetAsync(second.GetProperty("receiptUrl").GetString());
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));

        Assert.Contains($"This version replaces version 1. Changed: {texts[1].DisplayNumber}.", text);
        Assert.Contains("2 March 2026, 09:00:07 UTC", text);
    }

    [Fact]
    public async Task Two_systems_never_overwrite_each_other_silently()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 5002);
        var texts = circular.ActiveTexts.ToList();
        var first = ApiAccess.Client(portal, await ApiAccess.TokenAsync(portal, Roles.Delegate, "KEN", ApiScopes.Reply));
        var second = ApiAccess.Client(portal, await ApiAccess.TokenAsync(portal, Roles.Delegate, "KEN", ApiScopes.Reply));
        var body = Reply(texts.Select(t => (t.Id, "assigns-authority-no-comments", (string?)null)));

        var missing = await ApiAccess.PutReplyAsync(first, circular.Id, null, body);
        var fromFirst = await ApiAccess.PutReplyAsync(first, circular.Id, "\"0\"", body);
        var staleFromSecond = await ApiAccess.PutReplyAsync(second, circular.Id, "\"0\"", body);
        var read = await second.GetAsync($"/api/v1/circulars/{circular.Id}/reply");
        var fresh = await ApiAccess.PutReplyAsync(second, circular.Id, read.Headers.ETag!.ToString(), body);

        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fromFirst.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleFromSecond.StatusCode);
        Assert.Equal("application/problem+json", staleFromSecond.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Api.RevisionChanged", (await ApiAccess.JsonAsync(staleFromSecond)).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.Created, fresh.StatusCode);
        Assert.Equal(2, (await ApiAccess.JsonAsync(fresh)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_refusal_names_the_rule_and_the_text_and_stores_nothing()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 5003);
        var texts = circular.ActiveTexts.ToList();
        var api = ApiAccess.Client(portal, await ApiAccess.TokenAsync(portal, Roles.Delegate, "GHA", ApiScopes.Reply));

        var noReasons = await ApiAccess.PutReplyAsync(api, circular.Id, "\"0\"", Reply([(texts[1].Id, "does-not-assign-authority", null)]));
        var unknown = await ApiAccess.PutReplyAsync(api, circular.Id, "\"0\"", Reply([(texts[0].Id, "maybe", null)]));
        var notBase64 = await ApiAccess.PutReplyAsync(api, circular.Id, "\"0\"", new
        {
            signatory = new { name = "A" },
            opinions = new[] { new { textId = texts[0].Id, opinion = "assigns-authority-with-comments", attachments = new[] { new { fileName = "c.pdf", contentBase64 = "***" } } } },
        });

        var problem = await ApiAccess.JsonAsync(noReasons);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReasons.StatusCode);
        Assert.Equal(texts[1].Id, problem.GetProperty("textId").GetInt32());
        Assert.Equal("Reply.ReasonsRequired", problem.GetProperty("rule").GetString());
        Assert.Contains("reasons", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Api.UnknownOpinion", (await ApiAccess.JsonAsync(unknown)).GetProperty("rule").GetString());
        Assert.Equal("Api.FileNotBase64", (await ApiAccess.JsonAsync(notBase64)).GetProperty("rule").GetString());
        await portal.WithDbAsync(async db => Assert.False(await db.Replies.AnyAsync(r => r.CircularId == circular.Id)));
    }

    [Fact]
    public async Task Attached_files_are_checked_like_uploads_and_kept_with_the_version()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 5004);
        var texts = circular.ActiveTexts.ToList();
        var api = ApiAccess.Client(portal, await ApiAccess.TokenAsync(portal, Roles.Delegate, "BRA", ApiScopes.Reply));
        object WithFile(string name, byte[] content) => new
        {
            signatory = new { name = "Ana Souza" },
            opinions = new[] { new { textId = texts[0].Id, opinion = "assigns-authority-with-comments", attachments = new[] { new { fileName = name, contentBase64 = Convert.ToBase64String(content) } } } },
        };

        var refused = await ApiAccess.PutReplyAsync(api, circular.Id, "\"0\"", WithFile("comments.pdf", "MZ\u0090 not a document"u8.ToArray()));
        var stored = await ApiAccess.PutReplyAsync(api, circular.Id, "\"0\"", WithFile("comments.pdf", ReplyFixture.Pdf));
        var reply = await ApiAccess.JsonAsync(await api.GetAsync($"/api/v1/circulars/{circular.Id}/reply"));

        Assert.Equal("Api.FileRefused", (await ApiAccess.JsonAsync(refused)).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal("comments.pdf", reply.GetProperty("versions")[0].GetProperty("opinions")[0].GetProperty("attachments")[0].GetString());
        await portal.WithDbAsync(async db =>
        {
            var version = (await db.Replies.SingleAsync(r => r.CircularId == circular.Id)).Latest!;
            Assert.Equal(Opinion.AssignsAuthorityWithComments, version.Opinions.Single().Opinion);
            Assert.Single(version.Attachments);
        });
    }
}

/// <summary>The deadline holds for the API as for the form (a class of its own: its clock moves past the deadline).</summary>
public class Replying_over_the_API_after_the_deadline(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task After_the_deadline_the_API_refuses_like_the_form()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 5005);
        var api = ApiAccess.Client(portal, await ApiAccess.TokenAsync(portal, Roles.Delegate, "IND", ApiScopes.Reply, days: 365));
        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 21, 0, 0, 1, TimeSpan.Zero));

        var late = await ApiAccess.PutReplyAsync(api, circular.Id, "\"0\"", new { signatory = new { name = "A" }, opinions = new[] { new { textId = circular.ActiveTexts.First().Id, opinion = "assigns-authority-no-comments" } } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Equal("Reply.DeadlinePassed", (await ApiAccess.JsonAsync(late)).GetProperty("rule").GetString());
    }
}
