using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultations.Domain.Circulars;

namespace Consultations.Domain.Replies;

/// <summary>
/// The receipt of a submitted version: a reference such as C104-2026-FRA-v3 (circular numbers repeat from year to
/// year, so the year is part of it) and the SHA-256 of a canonical text of
/// everything the version says, so that anyone holding the receipt can check it against what the portal stored.
/// </summary>
public static class ReplyReceipt
{
    public static string Reference(Circular circular, string memberStateCode, ReplyVersion version) =>
        string.Create(CultureInfo.InvariantCulture, $"C{circular.Number}-{circular.Year}-{memberStateCode}-v{version.Number}");

    /// <summary>The prefix of the references of every receipt for the circular.</summary>
    public static string ReferencePrefix(int number, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"C{number}-{year}-");

    /// <summary>One line per fact, in a fixed order; any change to what the version says changes the digest.</summary>
    public static string Canonical(Circular circular, string memberStateCode, ReplyVersion version)
    {
        var text = new StringBuilder();
        void Line(string key, object? value) => text.Append(key).Append('=').Append(Escape(Convert.ToString(value, CultureInfo.InvariantCulture))).Append('\n');

        Line("circular", $"{circular.Number}/{circular.Year}");
        Line("administration", memberStateCode);
        Line("version", version.Number);
        Line("channel", version.Channel);
        Line("received", version.ReceivedAtUtc.ToString("O", CultureInfo.InvariantCulture));
        Line("signatory", $"{version.Signatory.Name}|{version.Signatory.Title}|{version.Signatory.Place}|{version.Signatory.Date:yyyy-MM-dd}");
        foreach (var opinion in version.Opinions.OrderBy(o => o.DraftTextId))
        {
            var recommendation = circular.Texts.FirstOrDefault(t => t.Id == opinion.DraftTextId)?.DisplayNumber ?? opinion.DraftTextId.ToString(CultureInfo.InvariantCulture);
            Line($"text.{opinion.DraftTextId}", $"{recommendation}|{opinion.Opinion}|{opinion.Comment}");
        }

        foreach (var attachment in version.Attachments.OrderBy(a => a.DraftTextId).ThenBy(a => a.Sha256, StringComparer.Ordinal))
        {
            Line($"file.{attachment.DraftTextId}", $"{attachment.FileName}|{attachment.Length}|{attachment.Sha256}");
        }

        if (version.OriginalDocument is not null)
        {
            Line("original", version.OriginalDocument);
        }

        return text.ToString();
    }

    public static string Digest(string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    private static string Escape(string? value) =>
        (value ?? string.Empty).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
}
