using System.Text.RegularExpressions;
using Consultations.Domain.Circulars;

namespace Consultations.Infrastructure.Documents.Letters;

/// <summary>The wording of TSB's Chinese circulars (TSB Circular 104 of 2026 in Chinese).</summary>
public sealed partial class ChineseLetterWording : LetterWording
{
    /// <summary>The recipients as TSB's Chinese circulars name them; "{0}" is the study group.</summary>
    private static readonly (Regex English, string Chinese)[] Recipients =
    [
        (new Regex("^Administrations of Member States of the Union$"), "国际电联各成员国主管部门"),
        (new Regex(@"^The State of Palestine \(Res\. 99 \(Rev\. Dubai, 2018\)\)$"), "巴勒斯坦国（第99号决议（2018年，迪拜，修订版））"),
        (new Regex("^ITU-T Sector Members$"), "ITU-T部门成员"),
        (new Regex(@"^Associates of (?:ITU-T )*ITU-T Study Group (\d+)$"), "ITU-T第{0}研究组部门准成员"),
        (new Regex("^ITU Academia$"), "国际电联学术成员"),
        (new Regex(@"^The Chair and Vice-Chairs of ITU-T Study Group (\d+)$"), "ITU-T第{0}研究组正副主席"),
        (new Regex("^The Director of the Telecommunication Development Bureau$"), "电信发展局主任"),
        (new Regex("^The Director of the Radiocommunication Bureau$"), "无线电通信局主任"),
    ];

    private static readonly Dictionary<string, string> Places = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Geneva"] = "日内瓦",
    };

    public override string Language => "zh";

    public override string Union => "国际电信联盟";

    public override string Bureau => "电信标准化局";

    public override string DateLine(DateOnly date) => $"{Long(date)}，日内瓦";

    public override string ReferenceLabel => "文号：";

    public override string CircularName(int number) => $"电信标准化局第{number}号通函";

    public override string ToLabel => "致：";

    public override string CopyToLabel => "抄送：";

    public override string SubjectLabel => "事由：";

    public override string Recipient(string english)
    {
        foreach (var (pattern, chinese) in Recipients)
        {
            if (pattern.Match(english.Trim()) is { Success: true } match)
            {
                return match.Groups.Count > 1 ? string.Format(System.Globalization.CultureInfo.InvariantCulture, chinese, match.Groups[1].Value) : chinese;
            }
        }

        return english;
    }

    public override string Subject(Circular circular, IReadOnlyList<DraftText> texts) =>
        $"就拟由ITU-T第{circular.StudyGroup}研究组会议（{MeetingInParentheses(circular.Meeting)}）批准的已确定的{Listed(texts)}进行成员国磋商";

    public override string Salutation => "尊敬的先生/女士：";

    public override IReadOnlyList<string> Paragraphs(Circular circular) =>
    [
        $"ITU-T第{circular.StudyGroup}研究组计划采用WTSA第1号决议（2022年，日内瓦，修订版）第9节所述的传统批准程序，在{MeetingInSentence(circular.Meeting)}的下次会议上批准上述建议书草案。",
        "拟批准的ITU-T建议书草案的标题、摘要和位置见附件1。",
        $"本通函根据第1号决议第9.4条，就是否可在即将召开的会议上审议并批准这些案文启动与国际电联成员国的正式磋商。请成员国在协调世界时（UTC）{Long(circular.DeadlineDate)}23时59分前填妥并发回附件2中的表格。",
        "如果70%或以上的成员国在回复中支持审议批准，则将专门召开一次全体会议来应用批准程序。拒绝授权继续此项工作的成员国应向电信标准化局主任通报持有这种意见的理由，并提出可能的修改建议，以推动该项工作取得进展。",
    ];

    public override string Note(int number, string text) => $"电信标准化局注{number} – {text}";

    public override string TextNote(string text) => text;

    public override bool TextNotesInAnnex => false;

    public override string Closing => "顺致敬意！";

    public override string Director => "电信标准化局主任";

    public override string AnnexHeading(int number) => $"附件{number}";

    public override string AnnexOneTitle(Circular circular, IReadOnlyList<DraftText> texts) => $"已确定的{Listed(texts)}的摘要和位置";

    public override string TextHeading(DraftText text)
    {
        var document = text.DocumentRef is null ? string.Empty : $"（{text.DocumentRef}）";
        return $"{text.Position}\tITU-T {text.Recommendation}{Former(text)}{Description(text)}{document}";
    }

    public override string SummaryLabel => "摘要";

    public override string AnnexTwoSubject(Circular circular, IReadOnlyList<DraftText> texts) =>
        $"成员国对电信标准化局第{circular.Number}号通函的回复：就已确定的{Listed(texts)}进行磋商";

    public override string AnnexTwoIntroduction(Circular circular) =>
        $"关于就电信标准化局第{circular.Number}号通函所列的已确定案文草案进行成员国磋商一事，我谨向您通报本主管部门的意见，如下表所述。";

    public override string FormTextLabel(DraftText text) => text.Kind switch
    {
        DraftTextKind.Amendment => $"{text.Recommendation}第{text.AmendmentNumber}号修正草案",
        DraftTextKind.Revised => $"{text.Recommendation}修订草案",
        _ => $"{text.Recommendation}新草案{Former(text)}",
    };

    public override string AssignsAuthority(int studyGroup) => $"授权ITU-T第{studyGroup}研究组审议批准该案文（在这种情况下，请在两种方案中选择一种）：";

    public override string NoComments => "无意见或修改建议";

    public override string CommentsAttached => "后附意见和修改建议";

    public override string DoesNotAssignAuthority(int studyGroup) =>
        $"不授权ITU-T第{studyGroup}研究组审议批准该案文（后附不授权的理由并概述可能令该项工作取得进展的可能修改）";

    public override string CommentsLabel => "意见，或理由和可能的修改：";

    public override string FromLabel => "发件人：";

    public override string DateLabel => "日期：";

    public override string NamePlaceholder => "[姓名]";

    public override string DatePlaceholder => "[日期，][地点]";

    public override string TitlePlaceholder => "[正式职务/头衔]";

    public override string AdministrationOf(string? memberState) => $"{memberState ?? "[成员国]"}主管部门";

    public override string Place(string place) => Places.GetValueOrDefault(place.Trim(), place);

    private static string Long(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static string Former(DraftText text) => text.ProvisionalName is null ? string.Empty : $"（原{text.ProvisionalName}）";

    private static string Description(DraftText text) => text.Kind switch
    {
        DraftTextKind.Amendment => $"建议书第{text.AmendmentNumber}号修正草案",
        DraftTextKind.Revised => "建议书修订草案",
        _ => "建议书草案",
    };

    private static string Listed(IReadOnlyList<DraftText> texts) =>
        Numbers([.. texts.Select(t => $"ITU-T {t.Recommendation}{Former(t)}{Description(t)}")], "、", "和");

    private string MeetingInParentheses(Meeting meeting) => meeting switch
    {
        { FirstDay: { } first, LastDay: { } last } when first.Month == last.Month && first.Year == last.Year =>
            $"{first.Year}年{first.Month}月{first.Day}-{last.Day}日，{Place(meeting.Place)}",
        { FirstDay: { } first, LastDay: { } last } => $"{first.Year}年{first.Month}月{first.Day}日-{last.Month}月{last.Day}日，{Place(meeting.Place)}",
        _ => Place(meeting.Place),
    };

    private string MeetingInSentence(Meeting meeting) => meeting switch
    {
        { FirstDay: { } first, LastDay: { } last } when first.Month == last.Month && first.Year == last.Year =>
            $"定于{Long(first)}至{last.Day}日在{Place(meeting.Place)}举行",
        { FirstDay: { } first, LastDay: { } last } => $"定于{Long(first)}至{last.Month}月{last.Day}日在{Place(meeting.Place)}举行",
        _ => $"{Place(meeting.Place)}举行",
    };
}
