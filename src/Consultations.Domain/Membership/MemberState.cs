using Consultations.Domain.Common;

namespace Consultations.Domain.Membership;

/// <summary>
/// A Member State of ITU (or an observer to which circulars are also addressed, Res. 99).
/// Only Member States count in a consultation (Res. 1, 9.4.1), and only those that were members
/// on the circular's date.
/// </summary>
public sealed class MemberState
{
    private readonly List<StateName> correctedNames = [];

    private MemberState()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public MemberState(string code, string name, DateOnly? memberSince = null, DateOnly? memberUntil = null, bool isObserver = false)
    {
        Code = NormalizeCode(code);
        Name = RequireName(name);
        IsObserver = isObserver;
        SetMembershipDates(memberSince, memberUntil);
    }

    /// <summary>ISO 3166-1 alpha-3 code, upper case.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>First day of membership; null when membership predates every consultation the portal holds.</summary>
    public DateOnly? MemberSince { get; private set; }

    /// <summary>First day on which the state is no longer a member; null while it is one.</summary>
    public DateOnly? MemberUntil { get; private set; }

    public bool IsObserver { get; private set; }

    /// <summary>Names in other languages that an administrator set where the shipped ones are wrong; English is <see cref="Name"/>.</summary>
    public IReadOnlyList<StateName> CorrectedNames => correctedNames;

    /// <summary>Raised by every change, so that readers can tell whether a roster they keep is still current.</summary>
    public int Revision { get; private set; }

    public bool IsMemberOn(DateOnly date) =>
        !IsObserver
        && (MemberSince is null || MemberSince.Value <= date)
        && (MemberUntil is null || date < MemberUntil.Value);

    public void Rename(string name)
    {
        var renamed = RequireName(name);
        if (renamed != Name)
        {
            Name = renamed;
            Revision++;
        }
    }

    /// <summary>Keeps an administrator's name for the state in a language other than English; an empty name removes it.</summary>
    public void CorrectName(string language, string? name)
    {
        if (language == ItuLanguages.English || !ItuLanguages.All.Contains(language))
        {
            throw new DomainException("MemberState.NameLanguage", "'{0}' is not a language in which a name can be corrected.", language ?? string.Empty);
        }

        var trimmed = (name ?? string.Empty).Trim();
        var existing = correctedNames.FindIndex(n => n.Language == language);
        if (existing >= 0 && correctedNames[existing].Name == trimmed)
        {
            return;
        }

        if (existing < 0 && trimmed.Length == 0)
        {
            return;
        }

        if (existing >= 0)
        {
            correctedNames.RemoveAt(existing);
        }

        if (trimmed.Length > 0)
        {
            correctedNames.Add(new StateName(language, trimmed));
        }

        Revision++;
    }

    public void SetMembershipDates(DateOnly? memberSince, DateOnly? memberUntil)
    {
        if (memberSince is not null && memberUntil is not null && memberUntil <= memberSince)
        {
            throw new DomainException(
                "MemberState.DatesOutOfOrder",
                "The end of membership ({0:yyyy-MM-dd}) must come after its start ({1:yyyy-MM-dd}).",
                memberUntil.Value,
                memberSince.Value);
        }

        if (MemberSince != memberSince || MemberUntil != memberUntil)
        {
            MemberSince = memberSince;
            MemberUntil = memberUntil;
            Revision++;
        }
    }

    public static string NormalizeCode(string code)
    {
        var trimmed = (code ?? string.Empty).Trim().ToUpperInvariant();
        if (trimmed.Length != 3 || !trimmed.All(c => c is >= 'A' and <= 'Z'))
        {
            throw new DomainException("MemberState.InvalidCode", "'{0}' is not an ISO 3166-1 alpha-3 code.", code ?? string.Empty);
        }

        return trimmed;
    }

    private static string RequireName(string name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            throw new DomainException("MemberState.NameRequired", "A Member State needs a name.");
        }

        return trimmed;
    }
}
