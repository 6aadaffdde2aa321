using QRCoder;

namespace Consultations.Web.Features.Profile;

/// <summary>The otpauth:// link an authenticator app scans, as a PNG data URI (allowed by the portal's content security policy).</summary>
public static class AuthenticatorQrCode
{
    public const string Issuer = "ITU-T Consultations";

    public static string OtpAuthUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    public static string PngDataUri(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>The key in groups of four, easier to type by hand.</summary>
    public static string Readable(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))))).ToLowerInvariant();
}
