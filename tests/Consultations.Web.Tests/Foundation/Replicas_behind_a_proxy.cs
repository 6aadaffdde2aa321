using Consultations.Web.Features.Replies;
using System.Globalization;
using System.Net;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;

namespace Consultations.Web.Tests.Foundation;

/// <summary>
/// Two portals on Kestrel with data folders of their own over one database (keys and files in the database), behind
/// a reverse proxy (YARP) that sends each request to the replica the test names. A delegate signs in across both,
/// uploads on one and downloads on the other, submits on both, and every e-mail goes out once though both deliver.
/// </summary>
public sealed class Replicas_behind_a_proxy : IAsyncLifetime
{
    private const string ReplicaHeader = "X-Replica";
    private readonly ReplicaA first = new();
    private ReplicaB? second;
    private WebApplication? proxy;
    private string proxyAddress = string.Empty;

    public async Task InitializeAsync()
    {
        second = new ReplicaB(first);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddReverseProxy().LoadFromMemory(
            [Route("a"), Route("b")],
            [Cluster("a", first.BaseUrl), Cluster("b", second.BaseUrl)]);
        proxy = builder.Build();
        proxy.MapReverseProxy();
        await proxy.StartAsync();
        proxyAddress = proxy.Urls.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        second?.Dispose();
        first.Dispose();
    }

    [Fact]
    public async Task Sign_in_upload_download_and_submit_across_replicas_and_every_e_mail_once()
    {
        var circular = await ReplyFixture.PublishedCircularAsync(first, 1902);
        var account = await first.CreateAccountAsync(Roles.Delegate, "FRA", twoFactor: true, email: "jeanne@delegates.example.org");
        var cookies = new CookieContainer();
        var onA = Client(cookies, "a");
        var onB = Client(cookies, "b");

        // The sign-in form comes from A, is posted to B, and the code is checked on A.
        var signInPage = await onA.GetPageAsync("/account/sign-in");
        var password = await onB.Http.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = account.Email,
            ["Password"] = account.Password,
            ["__RequestVerificationToken"] = signInPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        PortalAssert.RedirectsTo(password, "/account/two-factor");
        var code = await onA.PostAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = AuthenticatorCodes.Next(account.AuthenticatorKey!) }, "/account/two-factor");
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.Http.GetAsync("/profile")).StatusCode);

        // Uploaded on A, listed and downloaded on B.
        var upload = "%PDF-1.4\nThe reasons of France.\n%%EOF\n"u8.ToArray();
        var form = ReplyFixture.FormFor(circular, ReplyIntent.SaveDraft);
        PortalAssert.RedirectsTo(await onA.PostMultipartAsync($"/replies/{circular.Id}", form, [("Form.Rows[0].Files", "reasons.pdf", upload)], $"/replies/{circular.Id}"), $"/replies/{circular.Id}");
        var link = (await onB.GetPageAsync($"/replies/{circular.Id}")).QuerySelector($"a[href^='/replies/{circular.Id}/files/']")!.GetAttribute("href")!;
        Assert.Equal(upload, await (await onB.Http.GetAsync(link)).Content.ReadAsByteArrayAsync());
        Assert.Empty(Directory.Exists(Path.Combine(first.DataDirectory, "attachments")) ? Directory.GetFiles(Path.Combine(first.DataDirectory, "attachments")) : []);

        // Version 1 submitted through A, version 2 through B.
        var storedName = link.Split('/').Last();
        PortalAssert.RedirectsTo(await ReplyFixture.SubmitAsync(onA, circular.Id, ReplyFixture.FormFor(circular, ReplyIntent.Review, keepOnFirst: storedName)), $"/replies/{circular.Id}/versions/1");
        PortalAssert.RedirectsTo(await ReplyFixture.SubmitAsync(onB, circular.Id, ReplyFixture.FormFor(circular, ReplyIntent.Review, baseRevision: 1, keepOnFirst: storedName)), $"/replies/{circular.Id}/versions/2");

        // Both replicas deliver at the same time, twice over.
        for (var round = 0; round < 2; round++)
        {
            await Task.WhenAll(first.DeliverAsync("replica-a"), second!.DeliverAsync("replica-b"));
        }

        var receipts = first.Received().Where(m => m.Subject!.StartsWith("Receipt", StringComparison.Ordinal)).Select(m => m.Subject).ToList();
        Assert.Equal(2, receipts.Count);
        Assert.Equal(2, receipts.Distinct().Count());
    }

    private PortalClient Client(CookieContainer cookies, string replica)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(proxyAddress) };
        http.DefaultRequestHeaders.Add(ReplicaHeader, replica);
        return new PortalClient(http);
    }

    private static RouteConfig Route(string replica) => new()
    {
        RouteId = replica,
        ClusterId = replica,
        Match = new RouteMatch { Path = "{**catch-all}", Headers = [new RouteHeader { Name = ReplicaHeader, Values = [replica] }] },
    };

    private static ClusterConfig Cluster(string replica, string address) => new()
    {
        ClusterId = replica,
        Destinations = new Dictionary<string, DestinationConfig> { [replica] = new() { Address = address } },
    };

    /// <summary>The first replica: Kestrel, reply files in the database, and the SMTP server both replicas send to.</summary>
    private sealed class ReplicaA : SmtpPortal
    {
        private string? baseUrl;

        public ReplicaA() => UseKestrel(0);

        public string BaseUrl => baseUrl ??= KestrelAddress.Start(this);

        protected override IEnumerable<KeyValuePair<string, string>> Settings => [.. base.Settings, new("Files:Store", "Database")];
    }

    /// <summary>The second replica: its own data folder, the first's database and SMTP server.</summary>
    private sealed class ReplicaB : ReplicaPortal
    {
        private string? baseUrl;

        public ReplicaB(ReplicaA first)
            : base(first, [
                new("Files:Store", "Database"),
                new("Email:SmtpHost", "127.0.0.1"),
                new("Email:SmtpPort", first.Port.ToString(CultureInfo.InvariantCulture)),
                new("Email:SmtpSecurity", "None"),
                new("Email:BatchSize", "500"),
            ])
        {
            _ = first.BaseUrl;
            UseKestrel(0);
        }

        public string BaseUrl => baseUrl ??= KestrelAddress.Start(this);

        public Task<int> DeliverAsync(string dispatcher) =>
            WithScopeAsync(services => services.GetRequiredService<OutboxProcessor>().ProcessDueAsync(dispatcher, CancellationToken.None));
    }
}
