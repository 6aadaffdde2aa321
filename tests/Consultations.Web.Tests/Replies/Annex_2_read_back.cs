using System.Net;
using Consultations.Domain.Circulars;
using Consultations.Domain.Import;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Documents;
using Consultations.Infrastructure.Documents.Letters;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Pdf;
using Consultations.Testing;
using Consultations.Web.Features.CircularImport;
using CsCheck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Replies;

/// <summary>
/// Annex 2 as administrations send it back: the portal's pre-filled form, a typed copy of the circular's own form,
/// a form with Word check boxes. What it states clearly is read exactly; every other text is named.
/// </summary>
public class Annex_2_read_back(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly Opinion?[] Choices = [null, Opinion.AssignsAuthorityNoComments, Opinion.AssignsAuthorityWithComments, Opinion.DoesNotAssignAuthority];

    private static int saved = 3000;

    private async Task<Circular> SavedSampleAsync(string sample, string? translation = null)
    {
        var preview = CircularImporter.ToPreview(CircularParser.Parse(SampleDocuments.Read(sample)), sample);

        // Each saved copy needs a number of its own: circular numbers are unique per year.
        preview.Circular.Number = Interlocked.Increment(ref saved);
        var circular = CircularImporter.Build(preview);
        if (translation is not null)
        {
            CircularImporter.ApplyTranslation(circular, CircularParser.Parse(SampleDocuments.Read(translation)));
        }

        return await CircularSeeds.AddAsync(portal, circular);
    }

    [Theory]
    [InlineData("tsb-circular-104-2026-en.txt", null, "en")]
    [InlineData("tsb-circular-142-2023-en.txt", null, "en")]
    [InlineData("tsb-circular-104-2026-en.txt", "tsb-circular-104-2026-zh.txt", "zh")]
    public async Task Generated_forms_filled_at_random_read_back_exactly(string sample, string? translation, string language)
    {
        var circular = await SavedSampleAsync(sample, translation);
        var texts = circular.ActiveTexts.ToList();
        var comment = Gen.String[Gen.Char['a', 'z'], 0, 30].Select(s => s.Trim()).Select(s => s.Length == 0 ? null : s);
        var filled = Gen.Select(Gen.Int[0, Choices.Length - 1], comment, Gen.Bool).Array[texts.Count];

        filled.Sample(rows =>
        {
            var opinions = new Dictionary<int, AnnexTwoOpinion>();
            for (var i = 0; i < texts.Count; i++)
            {
                if (Choices[rows[i].Item1] is { } opinion)
                {
                    var text = rows[i].Item2 is { } line && rows[i].Item3 ? $"{line}\nSecond line of {i}." : rows[i].Item2;
                    opinions[texts[i].Id] = new AnnexTwoOpinion(opinion, text);
                }
            }

            var content = new AnnexTwoContent("France", opinions, "Jeanne Martin", "Head of Standardization", "Paris", new DateOnly(2026, 5, 3));
            var docx = WordDocument.Write(new PdfReport("Annex 2", "Annex 2", [.. AnnexTwoForm.Compose(circular, LetterWording.For(language)!, content)]));
            var reading = AnnexTwoReader.Read(CircularFile.TextOf(new MemoryStream(docx), "annex.docx"), texts);

            Assert.Equal(
                opinions.OrderBy(o => o.Key).Select(o => $"{o.Key}:{o.Value.Opinion}:{o.Value.Comment}"),
                reading.Choices.OrderBy(c => c.TextId).Select(c => $"{c.TextId}:{c.Opinion}:{c.Comment}"));
            Assert.Equal(
                texts.Where(t => !opinions.ContainsKey(t.Id)).Select(t => t.Id),
                reading.Problems.Where(p => p.Kind == AnnexTwoProblemKind.NoBoxTicked).Select(p => p.TextId));
            Assert.Equal(texts.Count, reading.Choices.Count + reading.Problems.Count);
            Assert.Equal(("Jeanne Martin", "Head of Standardization", "Paris"), (reading.SignatoryName, reading.SignatoryTitle, reading.Place));
        }, iter: 40);
    }

    [Theory]
    [InlineData("tsb-circular-104-2026-en.txt", "|X|")]
    [InlineData("tsb-circular-142-2023-en.txt", "☒")]
    [InlineData("tsb-circular-104-2026-zh.txt", "|X|")]
    public async Task A_typed_copy_of_the_circulars_own_form_reads_its_ticks(string sample, string tick)
    {
        var english = sample.Replace("-zh", "-en", StringComparison.Ordinal);
        var circular = await SavedSampleAsync(english, sample == english ? null : sample);
        var texts = circular.ActiveTexts.ToList();
        var own = SampleDocuments.Read(sample);
        var annex = own[own.LastIndexOf(sample.EndsWith("-zh.txt", StringComparison.Ordinal) ? "附件2" : "Annex 2", StringComparison.Ordinal)..];
        // Tick, in text order: no comments; does not assign; comments attached; then again, leaving the last text blank.
        var patterns = new[] { new[] { 0, 1 }, [3], [0, 2] };
        var blocks = annex.Split('\n').ToList();
        // The circular's own form prints boxes as |_| and, in some years, the two options as circles (⃝).
        var boxes = blocks.Select((line, index) => (line, index))
            .Where(b => b.line.Contains("|_|", StringComparison.Ordinal) || b.line.StartsWith('\u20DD'))
            .Select(b => b.index).ToList();
        Assert.Equal(texts.Count * 4, boxes.Count);
        for (var t = 0; t < texts.Count - 1; t++)
        {
            foreach (var box in patterns[t % patterns.Length])
            {
                var at = boxes[(t * 4) + box];
                blocks[at] = blocks[at].Replace("|_|", tick, StringComparison.Ordinal).Replace("\u20DD", "●", StringComparison.Ordinal);
            }
        }

        var reading = AnnexTwoReader.Read(string.Join('\n', blocks), texts);

        var expected = new[] { Opinion.AssignsAuthorityNoComments, Opinion.DoesNotAssignAuthority, Opinion.AssignsAuthorityWithComments };
        Assert.Equal(
            texts.Take(texts.Count - 1).Select((t, i) => $"{t.Id}:{expected[i % 3]}"),
            reading.Choices.Select(c => $"{c.TextId}:{c.Opinion}"));
        Assert.Equal(new AnnexTwoProblem(texts[^1].Id, texts[^1].DisplayNumber, AnnexTwoProblemKind.NoBoxTicked), Assert.Single(reading.Problems));
    }

    [Fact]
    public async Task Word_check_boxes_and_unclear_forms_are_read_or_named()
    {
        var circular = await SavedSampleAsync("tsb-circular-142-2023-en.txt");
        var texts = circular.ActiveTexts.ToList();
        var lines = new List<(string Text, bool? Box)>();
        for (var i = 0; i < texts.Count; i++)
        {
            var ticks = i switch
            {
                0 => new[] { true, false, true, false },   // authority, with comments
                1 => [true, false, false, true],            // both boxes: unclear
                2 => [true, false, false, false],           // authority, neither option: unclear
                3 => [false, true, true, false],            // both options: unclear
                _ => [false, false, false, true],           // does not assign
            };
            lines.Add(($"Draft {(texts[i].Kind == DraftTextKind.Amendment ? $"Amendment {texts[i].AmendmentNumber} to" : "new")} {texts[i].Recommendation}", null));
            lines.Add(("\tassigns authority to ITU-T Study Group 17 to consider this text for approval:", ticks[0]));
            lines.Add(("\tNo comments or suggested changes", ticks[1]));
            lines.Add(("\tComments and suggested changes are attached", ticks[2]));
            lines.Add(("\tdoes not assign authority to ITU-T Study Group 17 to consider this text for approval", ticks[3]));
        }

        var reading = AnnexTwoReader.Read(CircularFile.TextOf(new MemoryStream(WithWordCheckBoxes(lines)), "reply.docx"), texts);

        Assert.Equal(
            [$"{texts[0].Id}:{Opinion.AssignsAuthorityWithComments}", .. texts.Skip(4).Select(t => $"{t.Id}:{Opinion.DoesNotAssignAuthority}")],
            reading.Choices.Select(c => $"{c.TextId}:{c.Opinion}"));
        Assert.Equal(
            [AnnexTwoProblemKind.BothBoxesTicked, AnnexTwoProblemKind.NoOptionTicked, AnnexTwoProblemKind.BothOptionsTicked],
            reading.Problems.Select(p => p.Kind));
    }

    [Fact]
    public async Task TSB_reads_a_filled_form_into_the_recording_checks_it_and_records_it_with_the_form_as_original()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 25, 10, 0, 0, TimeSpan.Zero));
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 3901);
        var texts = circular.ActiveTexts.ToList();
        var content = new AnnexTwoContent(
            "Kenya",
            new Dictionary<int, AnnexTwoOpinion>
            {
                [texts[0].Id] = new(Opinion.AssignsAuthorityWithComments, "Align clause 6 with X.1254."),
                [texts[1].Id] = new(Opinion.DoesNotAssignAuthority, "The scope overlaps X.1252.\nMerge both texts."),
            },
            "Amina Odhiambo",
            "Director, Standards",
            "Nairobi",
            new DateOnly(2026, 5, 18));
        var filled = WordDocument.Write(new PdfReport("Annex 2", "Annex 2", [.. AnnexTwoForm.Compose(circular, LetterWording.For("en")!, content)]));
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));
        var recordPage = $"/circulars/{circular.Id}/record-reply";

        var read = await tsb.PostMultipartAsync($"{recordPage}/read", [new("Form.MemberStateCode", "KEN")], [("Form.Original", "kenya-annex-2.docx", filled)], recordPage);
        var page = await PortalClient.ParseAsync(read);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.NotNull(page.QuerySelector($"input[name='Form.Rows[0].Choice'][value=WithComments][checked]"));
        Assert.NotNull(page.QuerySelector($"input[name='Form.Rows[1].Choice'][value=DoesNotAssign][checked]"));
        Assert.NotNull(page.QuerySelector($"input[name='Form.Rows[2].Choice'][value=None][checked]"));
        Assert.Equal("The scope overlaps X.1252.\nMerge both texts.", page.QuerySelector("#Rows_1_Comment")!.TextContent.Trim().Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Equal("Amina Odhiambo", page.QuerySelector("input[name='Form.SignatoryName']")!.GetAttribute("value"));
        Assert.Equal("Nairobi", page.QuerySelector("input[name='Form.SignatoryPlace']")!.GetAttribute("value"));
        Assert.Contains(texts[2].DisplayNumber + ": no box ticked", page.QuerySelector("#annex-reading")!.TextContent);
        Assert.Contains("kenya-annex-2.docx", page.QuerySelector("#kept-original")!.TextContent);

        // TSB posts the form as it was read back (with the day received), without choosing the file again.
        var fields = page.QuerySelectorAll("form[enctype] input, form[enctype] textarea, form[enctype] select")
            .Where(e => e.GetAttribute("name") is { } name && name != "__RequestVerificationToken" && (e.GetAttribute("type") != "radio" || e.HasAttribute("checked")))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.LocalName switch
            {
                "textarea" => e.TextContent,
                "select" => e.QuerySelector("option[selected]")?.GetAttribute("value") ?? "KEN",
                _ => e.GetAttribute("value") ?? string.Empty,
            }))
            .Where(f => f.Key != "Form.ReceivedOn" && f.Key != "Form.ReceivedAt" && f.Key != "Form.MemberStateCode" && f.Key != "state")
            .Append(new("Form.MemberStateCode", "KEN"))
            .Append(new("Form.ReceivedOn", "2026-05-18"))
            .Append(new("Form.ReceivedAt", "09:30"))
            .ToList();
        var recorded = await tsb.PostMultipartAsync(recordPage, fields, [], recordPage);

        PortalAssert.RedirectsTo(recorded, $"/circulars/{circular.Id}");
        await portal.WithDbAsync(async db =>
        {
            var version = (await db.Replies.SingleAsync(r => r.CircularId == circular.Id && r.MemberStateCode == "KEN")).Latest!;
            Assert.Equal([Opinion.AssignsAuthorityWithComments, Opinion.DoesNotAssignAuthority], version.Opinions.OrderBy(o => o.DraftTextId).Select(o => o.Opinion));
            Assert.Equal("Amina Odhiambo", version.Signatory.Name);
            Assert.NotNull(version.OriginalDocument);
        });
    }

    [Fact]
    public async Task A_kept_original_that_the_portal_did_not_protect_is_refused()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 25, 10, 0, 0, TimeSpan.Zero));
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 3902);
        var tsb = portal.CreatePortalClient();
        await tsb.SignInAsync(await portal.CreateAccountAsync(Roles.TsbStaff));
        var recordPage = $"/circulars/{circular.Id}/record-reply";

        var response = await tsb.PostMultipartAsync(
            recordPage,
            [new("Form.MemberStateCode", "GHA"), new("Form.ReceivedOn", "2026-05-10"), new("Form.ReceivedAt", "10:00"), new("Form.SignatoryName", "X"),
             new("Form.KeptOriginal", "some-other-reply-file.pdf"), new($"Form.Rows[0].TextId", circular.Texts[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Form.Rows[0].Choice", "NoComments")],
            [],
            recordPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await portal.WithDbAsync(async db => Assert.False(await db.Replies.AnyAsync(r => r.CircularId == circular.Id)));
    }

    /// <summary>A .docx whose boxes are Word's legacy check box fields (FORMCHECKBOX), as in the circular's own form.</summary>
    private static byte[] WithWordCheckBoxes(IEnumerable<(string Text, bool? Box)> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var (text, box) in lines)
            {
                var paragraph = new Paragraph();
                if (box is { } ticked)
                {
                    var checkBox = new CheckBox(new FormFieldSize { Val = "20" }, new DefaultCheckBoxFormFieldState { Val = false });
                    if (ticked)
                    {
                        checkBox.Append(new Checked());
                    }

                    paragraph.Append(
                        new Run(new FieldChar(new FormFieldData(new FormFieldName { Val = "Check1" }, new Enabled(), checkBox)) { FieldCharType = FieldCharValues.Begin }),
                        new Run(new FieldCode(" FORMCHECKBOX ") { Space = SpaceProcessingModeValues.Preserve }),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
                }

                var run = new Run();
                foreach (var (part, index) in text.Split('\t').Select((p, i) => (p, i)))
                {
                    if (index > 0)
                    {
                        run.Append(new TabChar());
                    }

                    run.Append(new Text(part) { Space = SpaceProcessingModeValues.Preserve });
                }

                paragraph.Append(run);
                body.Append(paragraph);
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
