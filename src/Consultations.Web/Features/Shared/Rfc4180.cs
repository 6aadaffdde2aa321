using System.Text;

namespace Consultations.Web.Features.Shared;

/// <summary>
/// CSV as RFC 4180 writes it: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled;
/// UTF-8 with a byte order mark so that spreadsheet programs read accented and Chinese names right.
/// </summary>
public static class Rfc4180
{
    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(string value)
    {
        var safe = Neutralized(XmlText.Clean(value));
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    /// <summary>
    /// A cell that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage return) is
    /// prefixed with an apostrophe, so that a comment such as =HYPERLINK(…) is shown, never run (OWASP CSV injection).
    /// </summary>
    public static string Neutralized(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
