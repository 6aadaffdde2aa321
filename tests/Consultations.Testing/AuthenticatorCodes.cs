using System.Collections.Concurrent;
using OtpNet;

namespace Consultations.Testing;

/// <summary>
/// Authenticator codes as a phone would show them, each of a time step not used before for the key: the portal accepts
/// a step once, so a test that signs one account in twice takes the next step (accepted up to two ahead) or waits for it.
/// Codes follow the real clock, as the portal checks them, not the test clock.
/// </summary>
public static class AuthenticatorCodes
{
    private static readonly ConcurrentDictionary<string, long> LastStep = new();

    public static string Next(string key)
    {
        var totp = new Totp(Base32Encoding.ToBytes(key));
        while (true)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            var last = LastStep.GetOrAdd(key, now - 1);
            var step = Math.Max(now, last + 1);
            if (step > now + 1)
            {
                Thread.Sleep(TimeSpan.FromSeconds(2));
                continue;
            }

            if (LastStep.TryUpdate(key, step, last))
            {
                return totp.ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime);
            }
        }
    }
}
