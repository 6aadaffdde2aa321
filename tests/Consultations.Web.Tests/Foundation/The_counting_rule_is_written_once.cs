using System.Text.RegularExpressions;
using Consultations.Testing;

namespace Consultations.Web.Tests.Foundation;

/// <summary>Which version of a reply counts is decided in one place; nothing else compares a reply's time with the deadline.</summary>
public partial class The_counting_rule_is_written_once
{
    /// <summary>The deadline itself, the question "has it passed?", and the counting rule.</summary>
    private static readonly string[] Allowed =
    [
        "src/Consultations.Domain/Circulars/TapCalendar.cs",
        "src/Consultations.Domain/Circulars/Circular.cs",
        "src/Consultations.Domain/Tally/TallyService.cs",
        "src/Consultations.Domain/Tally/CountingRule.cs",
    ];

    [GeneratedRegex(@"IsOnTime\(|ReceivedAtUtc\s*[<>]=?|[<>]=?\s*\w*\.?DeadlineInstant\b(?!\()")]
    private static partial Regex DeadlineComparison();

    [Fact]
    public void Only_the_domain_compares_a_reply_with_the_deadline()
    {
        var root = Repository.Root();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !Allowed.Contains(f))
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => DeadlineComparison().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Compare with the deadline through CountingRule or Circular.AcceptsRepliesAt:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_check_finds_a_restated_rule()
    {
        Assert.Matches(DeadlineComparison(), "var counted = version.IsOnTime(circular.DeadlineDate);");
        Assert.Matches(DeadlineComparison(), "if (v.ReceivedAtUtc <= circular.DeadlineInstant)");
        Assert.Matches(DeadlineComparison(), "now > circular.DeadlineInstant");
        Assert.DoesNotMatch(DeadlineComparison(), "var instant = TapCalendar.DeadlineInstant(date);");
    }
}
