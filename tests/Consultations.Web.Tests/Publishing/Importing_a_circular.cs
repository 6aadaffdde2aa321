using System.Net;
using System.Net.Http.Headers;
using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Publishing;

public class Importing_a_circular(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> Tsb()
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, byte[] content, string fileName)
    {
        var page = await client.GetPageAsync("/circulars/import");
        var token = page.QuerySelector("form[action='/circulars/import'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "File", fileName);
        return await client.Http.PostAsync("/circulars/import", form);
    }

    private static Dictionary<string, string> FormFields(AngleSharp.Html.Dom.IHtmlDocument page, string formAction)
    {
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector($"form[action='{formAction}']")!;
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Name != "__RequestVerificationToken":
                    fields[input.Name] = input.Value;
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields[area.Name] = area.Value;
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name] = select.Value ?? string.Empty;
                    break;
            }
        }

        return fields;
    }

    [Fact]
    public async Task A_docx_circular_is_previewed_with_every_field_corrected_and_saved_as_a_draft()
    {
        var tsb = await Tsb();
        var docx = SampleDocuments.Docx(SampleDocuments.Read("tsb-circular-142-2023-en.txt"));

        var preview = await UploadAsync(tsb, docx, "circular-142.docx");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await PortalClient.ParseAsync(preview);
        Assert.Equal("142", page.QuerySelector("#Circular_Number")!.GetAttribute("value"));
        Assert.Equal("2024-02-08", page.QuerySelector("#Circular_DeadlineDate")!.GetAttribute("value"));
        Assert.Equal(8, page.QuerySelectorAll("input[name$='.Recommendation']").Length);
        Assert.Equal("Amendment", ((AngleSharp.Html.Dom.IHtmlSelectElement)page.QuerySelector("#Texts_5__Kind")!).Value);
        await portal.WithDbAsync(async db => Assert.False(await db.Circulars.AnyAsync(c => c.Number == 142)));

        var fields = FormFields(page, "/circulars/import/save");
        fields["Texts[0].Title"] = "Security assurance framework for digital financial services (corrected)";
        var saved = await tsb.PostAsync("/circulars/import/save", fields, "/circulars/import");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await portal.WithDbAsync(async db =>
        {
            var circular = await db.Circulars.SingleAsync(c => c.Number == 142);
            Assert.False(circular.IsPublished);
            Assert.Equal(8, circular.Texts.Count);
            Assert.Equal("Security assurance framework for digital financial services (corrected)", circular.Texts.Single(t => t.Position == 1).Title);
            Assert.Equal("Amendment 1 to X.1352", circular.Texts.Single(t => t.Position == 6).DisplayNumber);
            Assert.Equal(new Meeting("Geneva", new DateOnly(2024, 2, 20), new DateOnly(2024, 3, 1)), circular.Meeting);
            Assert.Equal("Administrations of Member States of the Union", circular.Addressees);
            Assert.StartsWith("ITU-T Sector Members; ITU-T Associates of Study Group 17; ITU Academia;", circular.CopyTo, StringComparison.Ordinal);
            var a5 = circular.Notes.Single(n => n.Kind == NoteKind.A5Justification);
            Assert.Equal(["X.1221", "X.1222"], a5.Except);
            Assert.Empty(circular.Notes.Single(n => n.Kind == NoteKind.Ipr).Except);
            Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "Circular.Imported"));
        });
        // The draft opens in the editor, with the copy-to list in its own field.
        var editor = await tsb.GetPageAsync(PortalAssert.PathOf(saved.Headers.Location!));
        Assert.StartsWith("ITU-T Sector Members;", editor.QuerySelector("input[name$='CopyTo']")!.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Equal("X.1221, X.1222", editor.QuerySelector("input[name$='A5Except']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Pasted_text_with_a_wrong_year_shows_its_warning_and_an_empty_field()
    {
        var tsb = await Tsb();
        var text = System.Text.RegularExpressions.Regex.Replace(SampleDocuments.Read("tsb-circular-104-2026-en.txt"), @"UTC\s+on\s+20\s+May\s+2026", "UTC on 20 May 226");

        var response = await tsb.PostAsync("/circulars/import", new Dictionary<string, string> { ["PastedText"] = text }, "/circulars/import");

        var page = await PortalClient.ParseAsync(response);
        Assert.True(page.QuerySelector(".alert-warning") is not null, page.QuerySelector("main")?.TextContent);
        Assert.Contains("year 226", page.QuerySelector(".alert-warning")!.TextContent);
        Assert.Equal(string.Empty, page.QuerySelector("#Circular_DeadlineDate")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_readers_warnings_are_said_in_the_interface_language()
    {
        var tsb = await Tsb();
        await tsb.PostAsync("/language", new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "/" });
        var text = System.Text.RegularExpressions.Regex.Replace(SampleDocuments.Read("tsb-circular-104-2026-en.txt"), @"UTC\s+on\s+20\s+May\s+2026", "UTC on 20 May 226");

        var response = await tsb.PostAsync("/circulars/import", new Dictionary<string, string> { ["PastedText"] = text }, "/circulars/import");

        var warnings = (await PortalClient.ParseAsync(response)).QuerySelector(".alert-warning")!.TextContent;
        Assert.True(warnings.Contains("Élément « date limite » : « by 2359 hours UTC on 20 May 226 » porte l'année 226", StringComparison.Ordinal), warnings);
        Assert.DoesNotContain("which cannot be right", warnings);
    }

    [Fact]
    public async Task A_file_that_is_neither_docx_nor_text_is_refused_with_a_message()
    {
        var tsb = await Tsb();

        var response = await UploadAsync(tsb, [0x4D, 0x5A, 0x90, 0x00], "circular.exe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only .docx, .pdf and .txt files can be imported.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_renamed_file_that_is_not_a_Word_document_is_refused()
    {
        var tsb = await Tsb();

        var response = await UploadAsync(tsb, "plain text, not a zip"u8.ToArray(), "circular.docx");

        Assert.Contains("The file is not a readable Word (.docx) document.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_Chinese_circular_adds_Chinese_titles_to_the_same_texts()
    {
        var tsb = await Tsb();
        var english = SampleDocuments.Read("tsb-circular-104-2026-en.txt");
        var preview = await PortalClient.ParseAsync(await tsb.PostAsync("/circulars/import", new Dictionary<string, string> { ["PastedText"] = english }, "/circulars/import"));
        await tsb.PostAsync("/circulars/import/save", FormFields(preview, "/circulars/import/save"), "/circulars/import");
        var id = 0;
        await portal.WithDbAsync(async db => id = (await db.Circulars.SingleAsync(c => c.Number == 104)).Id);

        var translation = await UploadAsync(tsb, SampleDocuments.Docx(SampleDocuments.Read("tsb-circular-104-2026-zh.txt")), "circular-104-zh.docx");
        var translationPage = await PortalClient.ParseAsync(translation);
        Assert.Equal(11, translationPage.QuerySelectorAll("tbody tr").Length);
        var added = await tsb.PostAsync("/circulars/import/translation", FormFields(translationPage, "/circulars/import/translation"), "/circulars/import");

        PortalAssert.RedirectsTo(added, $"/circulars/{id}?lang=zh");
        await portal.WithDbAsync(async db =>
        {
            var circular = await db.Circulars.SingleAsync(c => c.Id == id);
            Assert.Equal(["en", "zh"], circular.Languages);
            Assert.Equal(11, circular.Texts.Count);
            Assert.Equal("使用移动设备的带外相互认证框架", circular.Texts.Single(t => t.Recommendation == "X.1280").TitleIn("zh"));
            // The notes of the Chinese letter are held beside the English ones.
            var a5 = circular.Notes.Single(n => n.Kind == NoteKind.A5Justification && n.Recommendation is null);
            Assert.StartsWith("尚未针对任何这些已确定的案文草案提交ITU-T A.5理由说明文件", circular.NoteIn(a5, "zh"));
            Assert.StartsWith("No ITU-T A.5 justification", circular.NoteIn(a5, "en"));
        });
        var shown = await tsb.GetPageAsync($"/circulars/{id}?lang=zh");
        Assert.Contains("使用移动设备的带外相互认证框架", shown.QuerySelector("#t1")!.TextContent);
        Assert.Contains(shown.QuerySelectorAll("span[lang=zh]"), span => span.TextContent.Contains("IPR数据库", StringComparison.Ordinal));
        var english_ = await tsb.GetPageAsync($"/circulars/{id}?lang=en");
        Assert.Contains("Framework for out-of-band mutual authentication using mobile devices", english_.QuerySelector("#t1")!.TextContent);
    }

    [Fact]
    public async Task Importing_a_circular_that_exists_already_warns_in_the_preview_and_saves_nothing()
    {
        var tsb = await Tsb();
        var text = SampleDocuments.Read("tsb-circular-142-2023-en.txt").Replace("TSB Circular 142", "TSB Circular 143", StringComparison.Ordinal);
        var first = await PortalClient.ParseAsync(await tsb.PostAsync("/circulars/import", new Dictionary<string, string> { ["PastedText"] = text }, "/circulars/import"));
        PortalAssert.RedirectsTo(await tsb.PostAsync("/circulars/import/save", FormFields(first, "/circulars/import/save"), "/circulars/import"), "/circulars/");

        var again = await PortalClient.ParseAsync(await tsb.PostAsync("/circulars/import", new Dictionary<string, string> { ["PastedText"] = text }, "/circulars/import"));
        var saved = await PortalClient.ParseAsync(await tsb.PostAsync("/circulars/import/save", FormFields(again, "/circulars/import/save"), "/circulars/import"));

        Assert.Contains("TSB Circular 143 of 2023 exists already", again.QuerySelector(".alert-warning")!.TextContent);
        Assert.Contains("exists already", saved.QuerySelector("#form-errors")!.TextContent);
        await portal.WithDbAsync(async db => Assert.Equal(1, await db.Circulars.CountAsync(c => c.Number == 143)));
    }
}
