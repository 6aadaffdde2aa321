using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Consultations.Infrastructure.Identity;

/// <summary>Secrets given to users once (API tokens, calendar addresses): random, and stored only as their SHA-256.</summary>
public static class Secrets
{
    public static string New(string prefix = "") => prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
