using Consultations.Domain.Common;

namespace Consultations.Domain.Replies;

/// <summary>The official who signs Annex 2 for "Administration of &lt;Member State&gt;".</summary>
public sealed record Signatory
{
    public Signatory(string name, string title, string place, DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Signatory.NameRequired", "The reply must name the official who signs it.");
        }

        Name = name.Trim();
        Title = (title ?? string.Empty).Trim();
        Place = (place ?? string.Empty).Trim();
        Date = date;
    }

    public string Name { get; }

    public string Title { get; }

    public string Place { get; }

    public DateOnly Date { get; }
}
