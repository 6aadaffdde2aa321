using Consultations.Domain.Circulars;
using Consultations.Domain.Import;

namespace Consultations.Domain.Tests.Import;

/// <summary>Real circulars vary; the parser reads the family and warns where it cannot be sure.</summary>
public class Parsing_variations
{
    private static string Circular(string annex1, string deadline = "by 2359 hours UTC on 20 May 2026", string meeting = "(Geneva, 1-10 June 2026)") => $"""
        Geneva, 13 February 2026
        Ref:
        TSB Circular 150
        SG13/AB
        To:
        - Administrations of Member States of the Union
        Copy to:
        - ITU-T Sector Members
        Subject:
        Member State consultation on determined draft Recommendations, proposed for approval at the ITU-T Study Group 13 meeting {meeting}
        1 ITU-T Study Group 13 intends to apply the Traditional Approval Procedure.
        3 Member States are kindly requested to complete and return the form in Annex 2 {deadline}.
        Annex 1
        {annex1}
        Annex 2
        Reply form
        """;

    [Theory]
    [InlineData("1 Draft new Recommendation ITU-T Y.3100 (ex Y.imt-fw) [R12]", "Y.3100", "Y.imt-fw", "R12")]
    [InlineData("1 Draft new Recommendation ITU-T Y.3100 (Y.imt-fw) (SG13-R12)", "Y.3100", "Y.imt-fw", "SG13-R12")]
    [InlineData("1\tDraft Recommendation ITU T Y.3100 (ex Y.imt-fw), [SG13-R12]", "Y.3100", "Y.imt-fw", "SG13-R12")]
    [InlineData("1 Draft new Recommendation Y.3100 [R12]", "Y.3100", null, "R12")]
    public void Reads_the_ways_a_text_heading_is_written(string heading, string recommendation, string? provisionalName, string documentRef)
    {
        var parsed = CircularParser.Parse(Circular($"{heading}\nA title\nSummary\nThe summary."));

        var text = Assert.Single(parsed.Texts);
        Assert.Equal(recommendation, text.Recommendation);
        Assert.Equal(provisionalName, text.ProvisionalName);
        Assert.Equal(documentRef, text.DocumentRef);
        Assert.Equal("A title", text.Title);
        Assert.Equal("The summary.", text.Summary);
    }

    [Fact]
    public void A_number_without_its_dot_is_read_and_warned_about()
    {
        var parsed = CircularParser.Parse(Circular("1 Draft revised Recommendation X1373 [R53]\nTitle\nSummary\nText."));

        Assert.Equal("X.1373", parsed.Texts[0].Recommendation);
        Assert.Equal(DraftTextKind.Revised, parsed.Texts[0].Kind);
        Assert.Contains("'X1373' was read as X.1373.", parsed.Warnings.Select(w => w.Text));
    }

    [Fact]
    public void Amendments_keep_their_number()
    {
        var parsed = CircularParser.Parse(Circular("1 Draft Amendment 2 to Recommendation ITU-T Y.2060 [R3]\nTitle\nSummary\nText."));

        Assert.Equal(DraftTextKind.Amendment, parsed.Texts[0].Kind);
        Assert.Equal(2, parsed.Texts[0].AmendmentNumber);
        Assert.Equal("Y.2060", parsed.Texts[0].Recommendation);
    }

    [Fact]
    public void Page_headers_and_conversion_marks_do_not_leak_into_the_texts()
    {
        var parsed = CircularParser.Parse(Circular(
            "[bookmark: _Hlk1]1 Draft new Recommendation Y.3100 [R12]\nTitle [image: logo.png]\nSummary\nFirst paragraph.\n- 4 -\nTSB Circular 150\nSecond paragraph."));

        Assert.Equal("Title", parsed.Texts[0].Title);
        Assert.Equal("First paragraph.\nSecond paragraph.", parsed.Texts[0].Summary);
    }

    [Fact]
    public void A_year_that_cannot_be_right_is_a_warning_not_a_value()
    {
        var parsed = CircularParser.Parse(Circular("1 Draft new Recommendation Y.3100 [R12]\nTitle\nSummary\nText.", deadline: "by 2359 hours UTC on 8 February 224"));

        Assert.Null(parsed.Deadline);
        Assert.Contains(parsed.Warnings, w => w.Text.Contains("year 224", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meeting_without_exact_days_is_a_warning_and_no_deadline_is_proposed()
    {
        var parsed = CircularParser.Parse(Circular("1 Draft new Recommendation Y.3100 [R12]\nTitle\nSummary\nText.", meeting: "(Virtual, Aug/Sept 2020)"));

        Assert.Null(parsed.Meeting.Start);
        Assert.Contains(parsed.Warnings, w => w.Text.Contains("meeting's exact days were not found", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(Geneva, 20 February – 1 March 2024)", "2024-02-20", "2024-03-01")]
    [InlineData("(Geneva, 30 December 2025 - 9 January 2026)", "2025-12-30", "2026-01-09")]
    [InlineData("(Geneva, 1 to 10 June 2026)", "2026-06-01", "2026-06-10")]
    public void Reads_meetings_across_months_and_years(string meeting, string start, string end)
    {
        var parsed = CircularParser.Parse(Circular("1 Draft new Recommendation Y.3100 [R12]\nTitle\nSummary\nText.", meeting: meeting));

        Assert.Equal(DateOnly.Parse(start), parsed.Meeting.Start);
        Assert.Equal(DateOnly.Parse(end), parsed.Meeting.End);
        Assert.Equal("Geneva", parsed.Meeting.Place);
    }

    [Fact]
    public void A_deadline_that_differs_from_the_proposal_is_flagged()
    {
        var parsed = CircularParser.Parse(Circular("1 Draft new Recommendation Y.3100 [R12]\nTitle\nSummary\nText.", deadline: "by 2359 hours UTC on 22 May 2026"));

        Assert.Contains(parsed.Warnings, w => w.Text.Contains("differs from 2026-05-20", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_that_is_not_a_circular_yields_warnings_not_guesses()
    {
        var parsed = CircularParser.Parse("Minutes of the meeting of the working party.\nNothing else.");

        Assert.Null(parsed.Number);
        Assert.Null(parsed.Date);
        Assert.Null(parsed.Deadline);
        Assert.Empty(parsed.Texts);
        Assert.Contains(parsed.Warnings, w => w.Text.Contains("number", StringComparison.Ordinal));
        Assert.Contains(parsed.Warnings, w => w.Text.Contains("Annex 1 was not found", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_announced_in_the_subject_but_missing_from_Annex_1_is_reported()
    {
        var text = Circular("1 Draft new Recommendation Y.3100 [R12]\nTitle\nSummary\nText.")
            .Replace("determined draft Recommendations,", "determined draft Recommendations Y.3100 and Y.3101,", StringComparison.Ordinal);

        var parsed = CircularParser.Parse(text);

        Assert.Contains("The circular announces Y.3101, but Annex 1 has no section for it.", parsed.Warnings.Select(w => w.Text));
    }
}

/// <summary>Notes of the letter that concern one text go to that text; notes under a text never stay in its summary.</summary>
public class Notes_for_one_text
{
    private static string Letter(string notes, string annex1) => $"""
        Geneva, 13 February 2026
        TSB Circular 151
        SG13/AB
        Subject:
        Consultation on Y.3100 and Y.3101, proposed for approval at the ITU-T Study Group 13 meeting (Geneva, 1-10 June 2026)
        {notes}
        3 Member States are kindly requested to return the form in Annex 2 by 2359 hours UTC on 20 May 2026.
        Annex 1
        {annex1}
        Annex 2
        """;

    private const string TwoTexts = "1 Draft new Recommendation Y.3100 [R12]\nFirst title\nSummary\nFirst summary.\n2 Draft new Recommendation Y.3101 [R13]\nSecond title\nSummary\nSecond summary.";

    [Fact]
    public void A_letter_note_that_names_one_text_is_that_texts_note()
    {
        var parsed = CircularParser.Parse(Letter("TSB NOTE 1 – An A.5 justification has been submitted for draft Recommendation Y.3101.\nTSB NOTE 2 – No IPR statement has been received.", TwoTexts));

        Assert.Equal(["An A.5 justification has been submitted for draft Recommendation Y.3101."], parsed.Texts[1].Notes);
        Assert.Empty(parsed.Texts[0].Notes);
        Assert.Equal(NoteKind.Ipr, Assert.Single(parsed.Notes).Kind);
    }

    [Fact]
    public void An_exception_note_stays_with_the_circular()
    {
        var parsed = CircularParser.Parse(Letter("TSB NOTE 1 – Except for draft new Recommendation Y.3100, no A.5 justifications have been submitted.", TwoTexts));

        Assert.Equal(NoteKind.A5Justification, Assert.Single(parsed.Notes).Kind);
        Assert.All(parsed.Texts, t => Assert.Empty(t.Notes));
    }

    [Fact]
    public void A_note_under_a_text_is_the_texts_and_not_part_of_its_summary()
    {
        var parsed = CircularParser.Parse(Letter(string.Empty, TwoTexts.Replace("First summary.", "First summary.\nTSB NOTE – An IPR statement was received for this text.", StringComparison.Ordinal)));

        Assert.Equal("First summary.", parsed.Texts[0].Summary);
        Assert.Equal(["An IPR statement was received for this text."], parsed.Texts[0].Notes);
        Assert.Empty(parsed.Notes);
    }
}

/// <summary>Who the letter asks to reply and who is informed only; what a note excepts.</summary>
public class The_letters_recipients_and_note_scopes
{
    [Fact]
    public void Circular_142_asks_the_Member_States_and_copies_six_others()
    {
        var parsed = CircularParser.Parse(Samples.Read(Samples.Circular142English));

        Assert.Equal("Administrations of Member States of the Union", parsed.Addressees);
        Assert.Equal(
            ["ITU-T Sector Members", "ITU-T Associates of Study Group 17", "ITU Academia", "The Chairman and Vice-Chairmen of ITU-T Study Group 17", "The Director of the Telecommunication Development Bureau", "The Director of the Radiocommunication Bureau"],
            parsed.CopyTo);
    }

    [Fact]
    public void The_A5_note_of_circular_142_excepts_two_texts_and_the_IPR_note_none()
    {
        var parsed = CircularParser.Parse(Samples.Read(Samples.Circular142English));

        Assert.Equal(["X.1221", "X.1222"], parsed.NoteExceptions[0]);
        Assert.Empty(parsed.NoteExceptions[1]);
    }

    [Fact]
    public void The_Chinese_circular_names_its_addressees_and_copies()
    {
        var parsed = CircularParser.Parse(Samples.Read(Samples.Circular104Chinese));

        Assert.Equal("国际电联各成员国主管部门; 巴勒斯坦国（第99号决议（2018年，迪拜，修订版））", parsed.Addressees);
        Assert.Equal(6, parsed.CopyTo.Count);
        Assert.Equal("ITU-T部门成员", parsed.CopyTo[0]);
    }
}
