using System.Diagnostics;
using System.Globalization;
using Consultations.Bench;
using Consultations.Domain.Import;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Persistence;
using Consultations.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Measures what users feel, in one run on this machine, and prints each figure as a ratio beside its target.
// Arguments: [history circulars for the large database, default 1000] [rounds, default 5], or "outbox [messages]".
if (args.Length > 0 && args[0] == "outbox")
{
    await OutboxBench.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500);
    return;
}

var largeHistory = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var small = await MeasureAsync(10, withTextCounts: true);
var large = await MeasureAsync(largeHistory, withTextCounts: false);

var parseText = SampleDocuments.Read("tsb-circular-104-2026-en.txt");
// Warm means steady state: run for a second so that tiered compilation has promoted the parser's methods.
var warmUp = Stopwatch.StartNew();
while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
{
    CircularParser.Parse(parseText);
}

var parse = Load.Median(Enumerable.Range(0, 50).Select(_ =>
{
    var watch = Stopwatch.StartNew();
    CircularParser.Parse(parseText);
    return watch.Elapsed.TotalMilliseconds;
}));

Console.WriteLine();
Console.WriteLine($"| measure | measured | target |");
Console.WriteLine($"|---|---|---|");
Console.WriteLine($"| tally page (20 texts, 194 replies) / home page throughput | {small.TallyThroughput / small.HomeThroughput:0.000} ({small.TallyThroughput:0} vs {small.HomeThroughput:0} req/s) | >= 0.5 |");
Console.WriteLine($"| the same tally with {largeHistory} closed circulars of history / with 10 | {large.TallyMs / small.TallyMs:0.00}x ({large.TallyMs:0.00} vs {small.TallyMs:0.00} ms) | <= 1.2x |");
Console.WriteLine($"| receipt PDF download with {largeHistory} circulars of history / with 10 | {large.ReceiptMs / small.ReceiptMs:0.00}x ({large.ReceiptMs:0.0} vs {small.ReceiptMs:0.0} ms) | <= 1.2x |");
Console.WriteLine($"| deadline rush, 194 delegates submitting at once: lost / errors | {small.Rush.Lost + large.Rush.Lost} / {small.Rush.Errors + large.Rush.Errors} | 0 / 0 |");
Console.WriteLine($"| deadline rush: p50 / p99 of the submit POST (history 10; history {largeHistory}) | {small.Rush.P50:0} / {small.Rush.P99:0} ms; {large.Rush.P50:0} / {large.Rush.P99:0} ms | p99 < 300 ms |");
Console.WriteLine($"| tally of 50 texts / 8 texts (194 replies) | {small.Tally50Ms / small.Tally8Ms:0.00}x ({small.Tally50Ms:0.00} vs {small.Tally8Ms:0.00} ms) | <= 2x |");
Console.WriteLine($"| receipt PDF warm / parse a circular warm | {small.ReceiptMs:0.0} ms / {parse:0.0} ms | keep (5 ms / 1 ms) |");

async Task<Figures> MeasureAsync(int history, bool withTextCounts)
{
    using var portal = new BenchPortal();
    var watch = Stopwatch.StartNew();
    _ = portal.BaseUrl;
    var delegates = await Seeder.DelegatesAsync(portal);
    await Seeder.HistoryAsync(portal, history, textsEach: 14, repliesEach: 127);
    var rushCircular = await Seeder.OpenCircularAsync(portal, 9001, texts: 20);
    Console.Error.WriteLine($"[history {history}] seeded in {watch.Elapsed.TotalSeconds:0} s");

    var rush = await RushAsync(portal, rushCircular.Id, delegates);
    Console.Error.WriteLine($"[history {history}] rush: {rush}");

    var secretariat = portal.NewClient();
    await secretariat.SignInAsync(await portal.CreateAccountAsync(Roles.Secretariat));
    var tallyUrl = $"/circulars/{rushCircular.Id}/tally";
    var home = new List<double>();
    var tally = new List<double>();

    // Warm-up, so that the first database measured does not pay for the JIT alone.
    await Load.ForAsync(() => secretariat.Http.GetAsync("/"), 16, TimeSpan.FromSeconds(2));
    await Load.ForAsync(() => secretariat.Http.GetAsync(tallyUrl), 16, TimeSpan.FromSeconds(2));
    for (var round = 0; round < rounds; round++)
    {
        home.Add((await Load.ForAsync(() => secretariat.Http.GetAsync("/"), 16, TimeSpan.FromSeconds(2))).PerSecond);
        tally.Add((await Load.ForAsync(() => secretariat.Http.GetAsync(tallyUrl), 16, TimeSpan.FromSeconds(2))).PerSecond);
    }

    var tallyMs = (await Load.SequentialAsync(() => secretariat.Http.GetAsync(tallyUrl), 300)).MedianMs;
    var receiptMs = (await Load.SequentialAsync(() => rush.FirstDelegate.Http.GetAsync($"/replies/{rushCircular.Id}/versions/1/receipt.pdf"), 200)).MedianMs;

    double tally8 = 0, tally50 = 0;
    if (withTextCounts)
    {
        var eight = await Seeder.OpenCircularAsync(portal, 9008, texts: 8);
        var fifty = await Seeder.OpenCircularAsync(portal, 9050, texts: 50);
        await Seeder.AllReplyAsync(portal, eight.Id);
        await Seeder.AllReplyAsync(portal, fifty.Id);
        tally8 = (await Load.SequentialAsync(() => secretariat.Http.GetAsync($"/circulars/{eight.Id}/tally"), 100)).MedianMs;
        tally50 = (await Load.SequentialAsync(() => secretariat.Http.GetAsync($"/circulars/{fifty.Id}/tally"), 100)).MedianMs;
    }

    return new Figures(Load.Median(home), Load.Median(tally), tallyMs, receiptMs, rush, tally8, tally50);
}

async Task<Rush> RushAsync(BenchPortal portal, int circularId, List<(string State, TestAccount Account)> delegates)
{
    var clients = delegates.Select(_ => portal.NewClient()).ToList();
    await Task.WhenAll(clients.Select((client, i) => client.SignInAsync(delegates[i].Account)));
    var stamps = await Task.WhenAll(clients.Select(async client =>
    {
        var fields = new List<KeyValuePair<string, string>> { new("intent", "review"), new("Form.BaseRevision", "0"), new("Form.SignatoryName", "Head of delegation") };
        for (var t = 0; t < 20; t++)
        {
            fields.Add(new($"Form.Rows[{t}].TextId", (t + 1).ToString(CultureInfo.InvariantCulture)));
            fields.Add(new($"Form.Rows[{t}].Choice", t % 7 == 0 ? "WithComments" : "NoComments"));
            fields.Add(new($"Form.Rows[{t}].Comment", t % 7 == 0 ? "Comments on clause 7." : string.Empty));
        }

        await client.PostMultipartAsync($"/replies/{circularId}", fields, [], $"/replies/{circularId}");
        var confirm = await client.GetPageAsync($"/replies/{circularId}/confirm");
        var token = confirm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return (Stamp: confirm.QuerySelector("input[name=draftStamp]")!.GetAttribute("value")!, Token: token);
    }));

    var start = new TaskCompletionSource();
    var submits = clients.Select(async (client, i) =>
    {
        await start.Task;
        var watch = Stopwatch.StartNew();
        using var response = await client.Http.PostAsync(
            $"/replies/{circularId}/submit",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["draftStamp"] = stamps[i].Stamp, ["__RequestVerificationToken"] = stamps[i].Token }));
        return (Ms: watch.Elapsed.TotalMilliseconds, Ok: (int)response.StatusCode == 302 && response.Headers.Location!.OriginalString.Contains("/versions/1", StringComparison.Ordinal));
    }).ToList();
    start.SetResult();
    var results = await Task.WhenAll(submits);
    var stored = await portal.WithScopeAsync(s => s.GetRequiredService<AppDbContext>().Replies.CountAsync(r => r.CircularId == circularId));
    var latencies = results.Select(r => r.Ms).ToList();
    var summary = Load.Summarize(latencies, TimeSpan.FromSeconds(1), 0);
    return new Rush(delegates.Count - stored, results.Count(r => !r.Ok), summary.MedianMs, summary.P99Ms, clients[0]);
}

internal sealed record Rush(int Lost, int Errors, double P50, double P99, PortalClient FirstDelegate)
{
    public override string ToString() => $"lost {Lost}, errors {Errors}, p50 {P50:0} ms, p99 {P99:0} ms";
}

internal sealed record Figures(double HomeThroughput, double TallyThroughput, double TallyMs, double ReceiptMs, Rush Rush, double Tally8Ms, double Tally50Ms);
