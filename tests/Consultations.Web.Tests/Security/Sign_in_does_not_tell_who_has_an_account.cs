using System.Diagnostics;
using System.Net;
using Consultations.Infrastructure.Identity;
using Consultations.Testing;

namespace Consultations.Web.Tests.Security;

/// <summary>
/// Finding 10: sign-in took 42 ms for a real account and 1.5 ms for an unknown address, and only real accounts reached
/// the locked-out page. Now every path verifies one password hash and all answer alike. The times are compared with
/// each other in one run (the fastest of interleaved attempts, the least disturbed by other work on the machine),
/// never with a fixed budget.
/// </summary>
public class Sign_in_does_not_tell_who_has_an_account(PortalFactory portal) : IClassFixture<PortalFactory>
{
    // Minimums over many interleaved rounds: other test assemblies load the two cores at the same time.
    private const int Rounds = 25;

    [Fact]
    public async Task Unknown_locked_and_real_accounts_take_the_same_time_and_get_the_same_answer()
    {
        var client = portal.CreatePortalClient();
        var locked = await portal.CreateAccountAsync(Roles.Secretariat);
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(client, locked.Email);
        }

        await SignInAsync(client, "warm-up@example.org");
        var unknown = new List<double>();
        var real = new List<double>();
        var lockedOut = new List<double>();
        var answers = new HashSet<string>();
        for (var round = 0; round < Rounds; round++)
        {
            // A fresh account each round, so that its own failures never lock it.
            var account = await portal.CreateAccountAsync(Roles.Secretariat);
            real.Add(await TimedAsync(client, account.Email, answers));
            unknown.Add(await TimedAsync(client, $"nobody-{round}@example.org", answers));
            lockedOut.Add(await TimedAsync(client, locked.Email, answers));
        }

        // Without the fix an unknown address answered in a tenth of a real account's time.
        var fastestReal = real.Min();
        Assert.True(Math.Abs(unknown.Min() - fastestReal) < 0.5 * fastestReal, $"unknown {unknown.Min():0.0} ms, real {fastestReal:0.0} ms");
        Assert.True(Math.Abs(lockedOut.Min() - fastestReal) < 0.5 * fastestReal, $"locked {lockedOut.Min():0.0} ms, real {fastestReal:0.0} ms");
        Assert.Equal(["OK: The e-mail address or the password is not right. After five wrong attempts an account is locked for 15 minutes."], answers);
    }

    private async Task<double> TimedAsync(PortalClient client, string email, HashSet<string> answers)
    {
        var watch = Stopwatch.StartNew();
        var response = await SignInAsync(client, email);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        var page = await PortalClient.ParseAsync(response);
        var errors = string.Join(" ", page.QuerySelectorAll("#form-errors li").Select(li => li.TextContent.Trim()));
        answers.Add($"{response.StatusCode}: {errors}");
        return elapsed;
    }

    private static Task<HttpResponseMessage> SignInAsync(PortalClient client, string email) =>
        client.PostAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Not-the-password-1" }, "/account/sign-in");
}
