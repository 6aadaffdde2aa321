namespace Consultations.Domain.Import;

/// <summary>
/// The letter's lists of recipients: those it is addressed to ("To:", "致："), whom the circular asks to reply, and
/// those who receive a copy ("Copy to:", "抄送："), informed only. Each entry is a line beginning with a dash.
/// </summary>
internal static class LetterRecipients
{
    public static IReadOnlyList<string> Under(IReadOnlyList<string> lines, params string[] labels)
    {
        var start = lines.ToList().FindIndex(l => labels.Any(label => l.Equals(label, StringComparison.OrdinalIgnoreCase)));
        if (start < 0)
        {
            return [];
        }

        return lines.Skip(start + 1)
            .SkipWhile(l => l.Length == 0)
            .TakeWhile(l => l.StartsWith('-'))
            .Select(l => l.TrimStart('-', ' ').TrimEnd(';', '；', ' '))
            .Where(l => l.Length > 0)
            .ToList();
    }
}
