using Consultations.Domain.Import;
using Xunit.Abstractions;

namespace Consultations.Domain.Tests.Import;

/// <summary>
/// The measure of the reader: 600 variants of each sample circular (1,800 in all) made by the transformations real documents show
/// (<see cref="Variants"/>), each compared field by field with what the reader finds in its sample. Accuracy is
/// reported per field and must be 100%; a failure names the variant's seed and transformations to reproduce it.
/// </summary>
public class Parsing_a_thousand_variants(ITestOutputHelper output)
{
    private const int VariantsPerSample = 600;

    [Theory]
    [InlineData(Samples.Circular104English, 1_000)]
    [InlineData(Samples.Circular142English, 2_000)]
    [InlineData(Samples.Circular104Chinese, 3_000)]
    public void Every_field_of_every_variant_is_read_as_in_the_sample(string sample, int seed)
    {
        var text = Samples.Read(sample);
        var expected = CircularParser.Parse(text);
        var fields = new Dictionary<string, (int Right, int Total)>();
        var failures = new List<string>();

        var index = 0;
        foreach (var variant in Variants.Of(text, VariantsPerSample, seed))
        {
            var parsed = CircularParser.Parse(variant.Text);
            foreach (var (field, want, got) in Compare(expected, parsed, variant.TextOrder))
            {
                var right = Equals(want, got);
                var (r, t) = fields.GetValueOrDefault(field);
                fields[field] = (r + (right ? 1 : 0), t + 1);
                if (!right && failures.Count < 10)
                {
                    failures.Add($"seed {seed + index} [{string.Join(", ", variant.Applied)}] {field}: expected «{want}», read «{got}»");
                }
            }

            index++;
        }

        foreach (var (field, (right, total)) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{field,-28} {100.0 * right / total,6:0.0}% ({right}/{total})");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(index == VariantsPerSample);
    }

    [Fact]
    public void Every_transformation_changes_the_text_of_some_variants_of_the_English_samples()
    {
        var applied = new[] { Samples.Circular104English, Samples.Circular142English }
            .SelectMany(sample => Variants.Of(Samples.Read(sample), 100, 7))
            .SelectMany(v => v.Applied)
            .ToHashSet(StringComparer.Ordinal);

        var neverApplied = Variants.Names.Where(name => !applied.Contains(name)).ToList();
        Assert.True(neverApplied.Count == 0, "never changed a text: " + string.Join(", ", neverApplied));
    }

    private static IEnumerable<(string Field, object? Expected, object? Read)> Compare(ParsedCircular expected, ParsedCircular parsed, IReadOnlyList<string> order)
    {
        yield return ("number", expected.Number, parsed.Number);
        yield return ("language", expected.Language, parsed.Language);
        yield return ("date", expected.Date, parsed.Date);
        yield return ("reference", expected.Reference, parsed.Reference);
        yield return ("study group", expected.StudyGroup, parsed.StudyGroup);
        yield return ("meeting place", expected.Meeting.Place, parsed.Meeting.Place);
        yield return ("meeting first day", expected.Meeting.Start, parsed.Meeting.Start);
        yield return ("meeting last day", expected.Meeting.End, parsed.Meeting.End);
        yield return ("deadline", expected.Deadline, parsed.Deadline);
        yield return ("notes", string.Join(" | ", expected.Notes.Select(n => $"{n.Kind}:{n.Text}")), string.Join(" | ", parsed.Notes.Select(n => $"{n.Kind}:{n.Text}")));
        yield return ("text count", expected.Texts.Count, parsed.Texts.Count);

        var byNumber = expected.Texts.ToDictionary(t => Key(t.Recommendation));
        // The English transformations that find no English headings (in the Chinese sample) leave the order as it is.
        var inOrder = order.Count == 0 ? [.. expected.Texts] : order.Select(r => byNumber.GetValueOrDefault(Key(r))).ToList();
        yield return ("text order", string.Join(",", inOrder.Select(t => t?.Recommendation)), string.Join(",", parsed.Texts.Select(t => t.Recommendation)));
        for (var i = 0; i < Math.Min(inOrder.Count, parsed.Texts.Count); i++)
        {
            var want = inOrder[i];
            var got = parsed.Texts[i];
            if (want is null)
            {
                continue;
            }

            yield return ("text kind", want.Kind, got.Kind);
            yield return ("text recommendation", want.Recommendation, got.Recommendation);
            yield return ("text amendment", want.AmendmentNumber, got.AmendmentNumber);
            yield return ("text former name", want.ProvisionalName, got.ProvisionalName);
            yield return ("text title", want.Title, got.Title);
            yield return ("text summary", want.Summary, got.Summary);
            yield return ("text document", want.DocumentRef, got.DocumentRef);
        }
    }

    private static string Key(string recommendation) => recommendation.Replace(".", string.Empty, StringComparison.Ordinal);
}
