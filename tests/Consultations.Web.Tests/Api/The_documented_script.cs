using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;
using Consultations.Web.Tests.Replies;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Tests.Api;

/// <summary>The script of docs/api.md, run word for word with bash, curl and jq against the portal on a port.</summary>
public class The_documented_script(The_documented_script.PortalOnAPort portal) : IClassFixture<The_documented_script.PortalOnAPort>
{
    [Fact]
    public async Task Submits_a_reply_with_a_token_gets_the_receipt_and_the_tally_counts_it()
    {
        var script = Regex.Match(
            await File.ReadAllTextAsync(Path.Combine(Repository.Root(), "docs", "api.md")),
            @"<!-- api-script -->\s*```sh\n(?<script>.*?)```",
            RegexOptions.Singleline).Groups["script"].Value;
        portal.StartServer();
        var circular = await ReplyFixture.PublishedCircularAsync(portal, 5201);
        var token = await ApiAccess.TokenAsync(portal, Roles.Delegate, "FRA", ApiScopes.Reply);
        var secretariat = await ApiAccess.TokenAsync(portal, Roles.Secretariat);
        var folder = Directory.CreateTempSubdirectory("api-script").FullName;

        var first = await RunAsync(script, folder, portal.BaseUrl, token, secretariat, circular.Id);
        var second = await RunAsync(script, folder, portal.BaseUrl, token, secretariat, circular.Id);

        Assert.True(script.Length > 200);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Receipt: C{circular.Number}-2026-FRA-v1", first.Output);
        Assert.Contains("Replies counted: 1", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"Receipt: C{circular.Number}-2026-FRA-v2", second.Output);
        Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(folder, "receipt.pdf"))[..4]);
        await portal.WithDbAsync(async db => Assert.Equal(2, (await db.Replies.SingleAsync(r => r.CircularId == circular.Id)).Versions.Count));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string script, string folder, string portal, string token, string secretariat, int circular)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["PORTAL"] = portal,
                ["TOKEN"] = token,
                ["SECRETARIAT_TOKEN"] = secretariat,
                ["CIRCULAR"] = circular.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // A script that waits for ever (a request never answered) fails the test instead of stalling the run.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, "The script did not finish within two minutes.\n" + await output + await error);
        }

        return (process.ExitCode, await output + await error);
    }

    /// <summary>The portal on Kestrel at a port chosen before it starts, so that its public address (in receipt links) is its own.</summary>
    public sealed class PortalOnAPort : PortalFactory
    {
        private static readonly int Port = FreePort();

        public PortalOnAPort() => UseKestrel(Port);

        public string BaseUrl { get; } = $"http://127.0.0.1:{Port}";

        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Portal:PublicBaseUrl", BaseUrl)];

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
