using System.Diagnostics;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Domain.Tally;
using Consultations.Infrastructure.Membership;
using Consultations.Infrastructure.Pdf;

// Measures, in one run on this machine, how costs grow; prints ratios, not absolute promises.
var roster = MemberStateRoster.Load();
var members = roster.Where(m => m.IsMemberOn(new DateOnly(2026, 2, 13))).ToList();
var texts = Enumerable.Range(1, 20).ToList();

TallyRequest Request(int replies) => new(
    new DateOnly(2026, 2, 13),
    new DateOnly(2026, 5, 20),
    texts,
    roster,
    members.Take(replies).Select((m, i) => new TallyVersion(
        m.Code, 1, new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i),
        texts.ToDictionary(t => t, t => (Opinion)((i + t) % 3)))).ToList(),
    new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc));

var small = Request(20);
var large = Request(members.Count);
var tallySmall = Median(() => TallyService.Compute(small), 200);
var tallyLarge = Median(() => TallyService.Compute(large), 200);

var renderer = new PdfSharpRenderer();
PdfReport Receipt(string title) => new("Receipt", "bench", [
    new PdfHeading("Member State response to TSB Circular 104"),
    .. texts.Select(t => (PdfBlock)new PdfParagraph($"X.{1280 + t} {title}")),
]);
var latin = Receipt("Framework for out-of-band mutual authentication using mobile devices");
var chinese = Receipt("使用移动设备的带外相互认证框架");
renderer.Render(latin);
renderer.Render(chinese);
var pdfLatin = Median(() => renderer.Render(latin), 30);
var pdfChinese = Median(() => renderer.Render(chinese), 30);

Console.WriteLine($"Tally of 20 texts, {members.Count} replies vs 20 replies: {tallyLarge / tallySmall:0.0}x the time ({members.Count / 20.0:0.0}x the replies)");
Console.WriteLine($"Receipt PDF with Chinese titles vs Latin titles: {pdfChinese / pdfLatin:0.0}x the time");

static double Median(Func<object> work, int runs)
{
    for (var i = 0; i < 5; i++)
    {
        work();
    }

    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        work();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}
