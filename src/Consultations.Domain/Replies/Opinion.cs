namespace Consultations.Domain.Replies;

/// <summary>The choices of Annex 2 for one draft text.</summary>
public enum Opinion
{
    AssignsAuthorityNoComments,
    AssignsAuthorityWithComments,
    DoesNotAssignAuthority,
}

public static class OpinionExtensions
{
    public static bool AssignsAuthority(this Opinion opinion) => opinion != Opinion.DoesNotAssignAuthority;
}
