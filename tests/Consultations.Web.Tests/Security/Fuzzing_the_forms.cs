using System.Globalization;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;

namespace Consultations.Web.Tests.Security;

/// <summary>
/// Finding 5: seeded random posts, with valid sign-in and antiforgery tokens, to the reply form and the circular
/// editor. Every answer is below 500: bad input gets a message. Bounded in count to stay within CI time.
/// </summary>
public class Fuzzing_the_forms(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int PostsPerForm = 250;

    private static readonly string[] Words =
    [
        "", " ", "0", "-1", "1", "2", "3", "99999999999", "abc", "NoComments", "WithComments", "DoesNotAssign", "None", "7", "save", "review",
        "all", "2026-02-30", "0001-01-01", "9999-12-31", "2026-05-20", "X.1280", "<script>alert(1)</script>", "=HYPERLINK(\"x\")", "\u0001\u000b",
        "..\\..\\etc", "\u202Eevil", new string('a', 40_000), "true", "false", "null", "NaN", "1e9", "Ünïcödé 中文 العربية",
    ];

    private static readonly string[] ReplyFields =
    [
        "intent", "Form.BaseRevision", "Form.SignatoryName", "Form.SignatoryTitle", "Form.SignatoryPlace", "Form.AllChoice",
        "Form.Rows[0].TextId", "Form.Rows[0].Choice", "Form.Rows[0].Comment", "Form.Rows[0].Keep", "Form.Rows[1].TextId", "Form.Rows[1].Choice",
        "Form.Rows[1].Comment", "Form.Rows[5].TextId", "Form.Rows[-1].Choice", "Form.Rows[x].TextId", "Form.Rows", "Form", "draftStamp",
    ];

    private static readonly string[] EditorFields =
    [
        "Form.Number", "Form.Date", "Form.Reference", "Form.StudyGroup", "Form.Addressees", "Form.MeetingPlace", "Form.MeetingFirstDay",
        "Form.MeetingLastDay", "Form.DeadlineDate", "Form.A5Note", "Form.IprNote", "Form.Kind", "Form.Recommendation", "Form.AmendmentNumber",
        "Form.ProvisionalName", "Form.Title", "Form.Summary", "Form.DocumentRef", "Form.Note", "position", "Form.NoticeOverrideReason",
    ];

    [Fact]
    public async Task Random_posts_to_the_reply_form_and_the_editor_never_answer_a_server_error()
    {
        var random = new Random(20261126);
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 2001);
        var draft = await CircularSeeds.AddAsync(portal, CircularSeeds.Draft(2002, new DateOnly(2026, 3, 2), new DateOnly(2026, 7, 1)));
        var france = portal.CreatePortalClient();
        await france.SignInAsync(await portal.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true));
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));
        var replyToken = await TokenAsync(france, $"/replies/{circular.Id}");
        var editorToken = await TokenAsync(tsb, $"/circulars/{draft.Id}/edit");
        string[] editorActions = [$"/circulars/{draft.Id}/edit", $"/circulars/{draft.Id}/texts/new", $"/circulars/{draft.Id}/texts/1/edit", $"/circulars/{draft.Id}/texts/1/move", "/circulars/new", $"/circulars/{draft.Id}/publish"];

        var failures = new List<string>();
        for (var i = 0; i < PostsPerForm; i++)
        {
            var replyForm = RandomForm(random, ReplyFields, replyToken);
            var reply = await france.Http.PostAsync(random.Next(4) == 0 ? $"/replies/{circular.Id}/submit" : $"/replies/{circular.Id}", Multipart(replyForm));
            Record(failures, reply, replyForm);

            var editorForm = RandomForm(random, EditorFields, editorToken);
            var editor = await tsb.Http.PostAsync(editorActions[random.Next(editorActions.Length)], new FormUrlEncodedContent(editorForm));
            Record(failures, editor, editorForm);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} server errors, first: {failures.FirstOrDefault()}");
    }

    private static void Record(List<string> failures, HttpResponseMessage response, List<KeyValuePair<string, string>> form)
    {
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{response.RequestMessage!.RequestUri!.AbsolutePath} {(int)response.StatusCode}: {string.Join("&", form.Where(f => f.Key != "__RequestVerificationToken").Select(f => $"{f.Key}={(f.Value.Length > 40 ? f.Value[..40] + "…" : f.Value)}"))}");
        }
    }

    private static List<KeyValuePair<string, string>> RandomForm(Random random, string[] fields, string token)
    {
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        var count = random.Next(1, fields.Length + 1);
        for (var i = 0; i < count; i++)
        {
            var value = random.Next(3) == 0 ? random.Next(-5, 40).ToString(CultureInfo.InvariantCulture) : Words[random.Next(Words.Length)];
            form.Add(new(fields[random.Next(fields.Length)], value));
        }

        return form;
    }

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        return content;
    }

    private static async Task<string> TokenAsync(PortalClient client, string page)
    {
        var document = await client.GetPageAsync(page);
        return document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
