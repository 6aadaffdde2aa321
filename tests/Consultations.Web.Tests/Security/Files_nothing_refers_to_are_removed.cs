using System.Net;
using Consultations.Domain.Circulars;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Replies;
using Consultations.Testing;
using Consultations.Web.Features.Replies;
using Consultations.Web.Tests.Replies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Web.Tests.Security;

/// <summary>
/// Finding 13: five draft saves of a 1 MiB file left five files, one referenced, and a refused save still stored its
/// good file. A refused save now keeps nothing, files nothing refers to are removed after the grace period, and the
/// files an administration keeps for a circular are bounded.
/// </summary>
public sealed class Files_nothing_refers_to_are_removed : IDisposable
{
    private readonly PortalFactory portal = new();

    private string AttachmentsDirectory => Path.Combine(portal.DataDirectory, "attachments");

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Five_saves_that_replace_a_file_leave_one_file_once_the_sweep_has_run()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 1301);
        var delegateClient = await portal.SignedInAsync(Consultations.Infrastructure.Identity.Roles.Delegate, "FRA");
        var megabyte = Pdf(1024 * 1024);
        for (var save = 0; save < 5; save++)
        {
            var response = await delegateClient.PostMultipartAsync($"/replies/{circular.Id}", ReplyFixture.FormFor(circular, ReplyIntent.SaveDraft), [("Form.Rows[0].Files", $"comments-{save}.pdf", megabyte)], $"/replies/{circular.Id}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(5, StoredFiles().Length);
        AgeEveryFile(TimeSpan.FromDays(2));

        Assert.Equal(4, await SweepAsync());

        var left = Assert.Single(StoredFiles());
        await portal.WithDbAsync(async db =>
            Assert.Contains(Path.GetFileName(left), (await db.ReplyDrafts.SingleAsync(d => d.CircularId == circular.Id)).Content));
    }

    [Fact]
    public async Task A_save_refused_for_one_file_stores_none_of_the_others()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 1302);
        var delegateClient = await portal.SignedInAsync(Consultations.Infrastructure.Identity.Roles.Delegate, "KEN");
        byte[] executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

        var response = await delegateClient.PostMultipartAsync(
            $"/replies/{circular.Id}",
            ReplyFixture.FormFor(circular, ReplyIntent.SaveDraft, withComments: [0, 1]),
            [("Form.Rows[0].Files", "good.pdf", Pdf(1000)), ("Form.Rows[1].Files", "bad.pdf", executable)],
            $"/replies/{circular.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Files_of_versions_and_files_younger_than_the_grace_period_stay()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 1303);
        var delegateClient = await portal.SignedInAsync(Consultations.Infrastructure.Identity.Roles.Delegate, "PER");
        PortalAssert.RedirectsTo(
            await ReplyFixture.SubmitAsync(delegateClient, circular.Id, ReplyFixture.FormFor(circular, ReplyIntent.Review), ("Form.Rows[0].Files", "reasons.pdf", Pdf(2000))),
            $"/replies/{circular.Id}/versions/1");
        AgeEveryFile(TimeSpan.FromDays(2));
        var fresh = Path.Combine(AttachmentsDirectory, "0123456789abcdef0123456789abcdef.pdf");
        await File.WriteAllBytesAsync(fresh, Pdf(100));
        File.SetLastWriteTimeUtc(fresh, portal.Clock.GetUtcNow().UtcDateTime.AddHours(-1));

        Assert.Equal(0, await SweepAsync());
        Assert.Equal(2, StoredFiles().Length);
    }

    [Fact]
    public async Task An_administration_that_keeps_100_MB_for_a_circular_cannot_store_more()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 1304);
        await portal.WithDbAsync(async db =>
        {
            var stored = await db.Circulars.SingleAsync(c => c.Id == circular.Id);
            var reply = Reply.Start(stored, await db.MemberStates.SingleAsync(m => m.Code == "BRA"));
            db.Replies.Add(reply);
            var textId = stored.Texts[0].Id;
            var submission = new ReplySubmission(
                [new TextOpinion(textId, Opinion.AssignsAuthorityWithComments, null)],
                [new ReplyAttachment(textId, "00000000000000000000000000000000.pdf", "big.pdf", "application/pdf", AttachmentStore.MaxAdministrationBytesPerCircular - 1000, new string('0', 64))],
                new Signatory("Official", "Director", "Brasília", new DateOnly(2026, 3, 1)),
                ReplyChannel.Online,
                "seed",
                "Seed");
            reply.Submit(stored, submission, portal.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });
        var delegateClient = await portal.SignedInAsync(Consultations.Infrastructure.Identity.Roles.Delegate, "BRA");

        var response = await delegateClient.PostMultipartAsync($"/replies/{circular.Id}", ReplyFixture.FormFor(circular, ReplyIntent.SaveDraft), [("Form.Rows[0].Files", "more.pdf", Pdf(2000))], $"/replies/{circular.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("keeps 100 MB of files for this circular", await response.Content.ReadAsStringAsync());
        Assert.Empty(StoredFiles());
    }

    private string[] StoredFiles() => Directory.Exists(AttachmentsDirectory) ? Directory.GetFiles(AttachmentsDirectory) : [];

    private void AgeEveryFile(TimeSpan age)
    {
        foreach (var file in StoredFiles())
        {
            File.SetLastWriteTimeUtc(file, portal.Clock.GetUtcNow().UtcDateTime - age);
        }
    }

    private Task<int> SweepAsync() => portal.WithScopeAsync(services => services.GetRequiredService<AttachmentSweep>().RunAsync());

    private static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }
}
