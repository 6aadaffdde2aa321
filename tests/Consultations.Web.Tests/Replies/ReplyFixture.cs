using Consultations.Web.Features.Replies;
using System.Globalization;
using Consultations.Domain.Circulars;
using Consultations.Testing;

namespace Consultations.Web.Tests.Replies;

/// <summary>A published circular with three texts (ids 1-3), open until 2026-05-20, and the forms a delegate posts.</summary>
public static class ReplyFixture
{
    public static readonly DateTime Published = new(2026, 2, 13, 9, 0, 0, DateTimeKind.Utc);

    public static async Task<Circular> PublishedCircularAsync(PortalFactory portal, int number)
    {
        var circular = CircularSeeds.Draft(number, new DateOnly(2026, 2, 13), new DateOnly(2026, 6, 1));
        circular.SetTranslation(circular.Texts[0], new TextTranslation("zh", "使用移动设备的带外相互认证框架", "摘要"));
        return await CircularSeeds.AddAsync(portal, circular, Published);
    }

    /// <summary>Form fields: one (choice, comment) per text, in order.</summary>
    public static List<KeyValuePair<string, string>> Form(ReplyIntent intent, int baseRevision, params (string Choice, string? Comment)[] rows)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("intent", intent.ToString()),
            new("Form.BaseRevision", baseRevision.ToString(CultureInfo.InvariantCulture)),
            new("Form.SignatoryName", "Jeanne Martin"),
            new("Form.SignatoryTitle", "Head of Standardization"),
            new("Form.SignatoryPlace", "Paris"),
        };
        for (var i = 0; i < rows.Length; i++)
        {
            fields.Add(new($"Form.Rows[{i}].TextId", (i + 1).ToString(CultureInfo.InvariantCulture)));
            fields.Add(new($"Form.Rows[{i}].Choice", rows[i].Choice));
            fields.Add(new($"Form.Rows[{i}].Comment", rows[i].Comment ?? string.Empty));
        }

        return fields;
    }

    /// <summary>
    /// Form fields naming the circular's own text ids (any circular, not only the first of a database): comments
    /// attached to the texts at <paramref name="withComments"/>, no comments on the others.
    /// </summary>
    public static List<KeyValuePair<string, string>> FormFor(Circular circular, ReplyIntent intent, int baseRevision = 0, int[]? withComments = null, string? keepOnFirst = null)
    {
        var fields = Form(intent, baseRevision);
        if (keepOnFirst is not null)
        {
            fields.Add(new("Form.Rows[0].Keep", keepOnFirst));
        }

        for (var i = 0; i < circular.Texts.Count; i++)
        {
            fields.Add(new($"Form.Rows[{i}].TextId", circular.Texts[i].Id.ToString(CultureInfo.InvariantCulture)));
            fields.Add(new($"Form.Rows[{i}].Choice", (withComments ?? [0]).Contains(i) ? "WithComments" : "NoComments"));
            fields.Add(new($"Form.Rows[{i}].Comment", string.Empty));
        }

        return fields;
    }

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    /// <summary>Saves for review, confirms and submits; returns the final response.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(PortalClient client, int circularId, List<KeyValuePair<string, string>> form, params (string Field, string FileName, byte[] Content)[] files)
    {
        var review = await client.PostMultipartAsync($"/replies/{circularId}", form, files, $"/replies/{circularId}");
        PortalAssert.RedirectsTo(review, $"/replies/{circularId}/confirm");
        var confirm = await client.GetPageAsync($"/replies/{circularId}/confirm");
        var stamp = confirm.QuerySelector("input[name=draftStamp]")!.GetAttribute("value")!;
        return await client.PostAsync($"/replies/{circularId}/submit", new Dictionary<string, string> { ["draftStamp"] = stamp }, $"/replies/{circularId}/confirm");
    }
}
