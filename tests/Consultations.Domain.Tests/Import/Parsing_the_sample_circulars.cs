using Consultations.Domain.Circulars;
using Consultations.Domain.Import;

namespace Consultations.Domain.Tests.Import;

public class Parsing_the_sample_circulars
{
    private static readonly ParsedCircular C104 = CircularParser.Parse(Samples.Read(Samples.Circular104English));
    private static readonly ParsedCircular C142 = CircularParser.Parse(Samples.Read(Samples.Circular142English));
    private static readonly ParsedCircular C104Zh = CircularParser.Parse(Samples.Read(Samples.Circular104Chinese));

    [Fact]
    public void Circular_104_letter_facts()
    {
        Assert.Equal(104, C104.Number);
        Assert.Equal("en", C104.Language);
        Assert.Equal(new DateOnly(2026, 2, 13), C104.Date);
        Assert.Equal("SG17/XY", C104.Reference);
        Assert.Equal(17, C104.StudyGroup);
        Assert.Equal(new ParsedMeeting("Geneva", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 10)), C104.Meeting);
        Assert.Equal(new DateOnly(2026, 5, 20), C104.Deadline);
        Assert.Equal("Administrations of Member States of the Union; The State of Palestine (Res. 99 (Rev. Dubai, 2018))", C104.Addressees);
        Assert.Empty(C104.Warnings);
    }

    [Fact]
    public void Circular_104_notes()
    {
        Assert.Equal(2, C104.Notes.Count);
        Assert.Equal(NoteKind.A5Justification, C104.Notes[0].Kind);
        Assert.Equal("No ITU-T A.5 justification document has been submitted for any of these determined draft texts.", C104.Notes[0].Text);
        Assert.Equal(NoteKind.Ipr, C104.Notes[1].Kind);
        Assert.StartsWith("As of the date of this Circular, no IPR statement had been received by TSB", C104.Notes[1].Text);
    }

    public static TheoryData<int, DraftTextKind, string, string?, string, string> Texts104 => new()
    {
        { 1, DraftTextKind.Revised, "X.1280", null, "Framework for out-of-band mutual authentication using mobile devices", "SG17-R25" },
        { 2, DraftTextKind.New, "X.1286", "X.accsadlt", "Access control platform using distributed ledger technology (DLT)-based authentication method", "SG17-R26" },
        { 3, DraftTextKind.New, "X.1821", "X.5Gsec-asra", "Guidelines and technical requirements for the analysis of IMT-2020/5G network asset security risk", "SG17-R27" },
        { 4, DraftTextKind.New, "X.1350", "X.sr-iiot", "Security requirements for the industrial Internet of things in smart manufacturing", "SG17-R28" },
        { 5, DraftTextKind.New, "X.2105", "X.st-ssc", "Security threats of software supply chain", "SG17-R29" },
        { 6, DraftTextKind.New, "X.2210", "X.ig-dw", "Implementation guidelines for digital watermarking", "SG17-R30" },
        { 7, DraftTextKind.New, "X.1910", "X.tc-ifd", "Technical capabilities of interactive deception risk detection", "SG17-R31" },
        { 8, DraftTextKind.New, "X.1651", "X.soar-cc", "Framework of security orchestration, automation and response for cloud computing", "SG17-R32" },
        { 9, DraftTextKind.New, "X.1607", "X.asm-cc", "Requirements of attack surface management for cloud computing", "SG17-R33" },
        { 10, DraftTextKind.New, "X.1418", "X.sg-dcs", "Security guidelines for DLT-based digital collection services", "SG17-R34" },
        { 11, DraftTextKind.New, "X.1417", "X.sr-dpts", "Security requirements for distributed ledger technology (DLT) data on permissioned DLT-based distributed power trading systems", "SG17-R35" },
    };

    [Theory]
    [MemberData(nameof(Texts104))]
    public void Circular_104_texts(int position, DraftTextKind kind, string recommendation, string? provisionalName, string title, string documentRef)
    {
        var text = C104.Texts[position - 1];

        Assert.Equal(11, C104.Texts.Count);
        Assert.Equal(position, text.Position);
        Assert.Equal(kind, text.Kind);
        Assert.Equal(recommendation, text.Recommendation);
        Assert.Null(text.AmendmentNumber);
        Assert.Equal(provisionalName, text.ProvisionalName);
        Assert.Equal(title, text.Title);
        Assert.Equal(documentRef, text.DocumentRef);
        Assert.False(string.IsNullOrWhiteSpace(text.Summary));
        Assert.DoesNotContain("[bookmark", text.Summary);
        Assert.DoesNotContain("Summary", text.Summary!.Split('\n')[0]);
    }

    [Fact]
    public void Circular_104_summaries_are_whole()
    {
        Assert.Equal(
            "In the authentication technology standards, verifier impersonation resistance is considered as a requirement of the highest level of authentication assurance. However, existing authentication technologies focus on user authentication and service providers cannot be verified explicitly.\n"
            + "Recommendation ITU-T X.1280 provides a framework for out-of-band mutual authentication using mobile devices, which resolves the vulnerability of verifier impersonation and the limitation of user terminal dependency of the existing authenticators. It allows a user to provide user authentication information after verifying the service provider explicitly and independently in the user authentication process on any user terminals.",
            C104.Texts[0].Summary);
        Assert.Equal(5, C104.Texts[7].Summary!.Split('\n').Length);
        Assert.StartsWith("1. By leveraging artificial intelligence (AI)", C104.Texts[7].Summary!.Split('\n')[1]);
    }

    [Fact]
    public void Circular_142_letter_facts()
    {
        Assert.Equal(142, C142.Number);
        Assert.Equal(new DateOnly(2023, 10, 11), C142.Date);
        Assert.Equal("SG17/XY", C142.Reference);
        Assert.Equal(17, C142.StudyGroup);
        Assert.Equal(new ParsedMeeting("Geneva", new DateOnly(2024, 2, 20), new DateOnly(2024, 3, 1)), C142.Meeting);
        Assert.Equal(new DateOnly(2024, 2, 8), C142.Deadline);
        Assert.Equal("Administrations of Member States of the Union", C142.Addressees);
        Assert.Equal(NoteKind.A5Justification, C142.Notes[0].Kind);
        Assert.StartsWith("Except for draft new Recommendations X.1221 (X.stie), X.1222 (X.taeii)", C142.Notes[0].Text);
        Assert.Equal(NoteKind.Ipr, C142.Notes[1].Kind);
        Assert.Empty(C142.Warnings);
    }

    public static TheoryData<int, DraftTextKind, string, int?, string?, string, string> Texts142 => new()
    {
        { 1, DraftTextKind.New, "X.1150", null, "X.saf-dfs", "Security assurance framework for digital financial services", "R50" },
        { 2, DraftTextKind.New, "X.1221", null, "X.stie", "Structured Threat Information eXpression (STIX)", "R47" },
        { 3, DraftTextKind.New, "X.1222", null, "X.taeii", "Trusted Automated eXchange of Intelligence Information (TAXII)", "R48" },
        { 4, DraftTextKind.New, "X.1280", null, "X.oob-sa", "Framework for out-of-band server authentication using mobile devices", "R51" },
        { 5, DraftTextKind.New, "X.1281", null, "X.osia", "APIs for interoperability of identity management systems", "R52" },
        { 6, DraftTextKind.Amendment, "X.1352", 1, null, "Security requirements for Internet of things devices and gateways", "R49" },
        { 7, DraftTextKind.Revised, "X.1373", null, null, "Secure software update capability for intelligent transportation system communication devices", "R53" },
        { 8, DraftTextKind.New, "X.1818", null, "X.5Gsec-ctrl", "Security controls for operation and maintenance of IMT-2020/5G network systems", "R46" },
    };

    [Theory]
    [MemberData(nameof(Texts142))]
    public void Circular_142_texts(int position, DraftTextKind kind, string recommendation, int? amendment, string? provisionalName, string title, string documentRef)
    {
        var text = C142.Texts[position - 1];

        Assert.Equal(8, C142.Texts.Count);
        Assert.Equal(kind, text.Kind);
        Assert.Equal(recommendation, text.Recommendation);
        Assert.Equal(amendment, text.AmendmentNumber);
        Assert.Equal(provisionalName, text.ProvisionalName);
        Assert.Equal(title, text.Title);
        Assert.Equal(documentRef, text.DocumentRef);
        Assert.False(string.IsNullOrWhiteSpace(text.Summary));
    }

    [Fact]
    public void The_Chinese_circular_104_is_the_same_circular_with_Chinese_titles()
    {
        Assert.Equal("zh", C104Zh.Language);
        Assert.Equal(104, C104Zh.Number);
        Assert.Equal(new DateOnly(2026, 2, 13), C104Zh.Date);
        Assert.Equal(new DateOnly(2026, 5, 20), C104Zh.Deadline);
        Assert.Equal(new DateOnly(2026, 6, 1), C104Zh.Meeting.Start);
        Assert.Equal(new DateOnly(2026, 6, 10), C104Zh.Meeting.End);
        Assert.Equal(C104.Texts.Select(t => (t.Recommendation, t.ProvisionalName, t.DocumentRef, t.Kind)), C104Zh.Texts.Select(t => (t.Recommendation, t.ProvisionalName, t.DocumentRef, t.Kind)));
        Assert.Equal("使用移动设备的带外相互认证框架", C104Zh.Texts[0].Title);
        Assert.StartsWith("在认证技术标准中", C104Zh.Texts[0].Summary);
        Assert.Equal("基于许可型分布式账本技术（DLT）的分布式电力交易系统的DLT数据安全要求", C104Zh.Texts[10].Title);
        Assert.Equal(NoteKind.A5Justification, C104Zh.Notes[0].Kind);
        Assert.Equal(NoteKind.Ipr, C104Zh.Notes[1].Kind);
        Assert.Empty(C104Zh.Warnings);
    }
}
