using Consultations.Domain.Replies;

namespace Consultations.Infrastructure.Replies;

/// <summary>The words under which opinions are stored in records (final tallies, drafts): never an enum's number or name.</summary>
public static class OpinionCodes
{
    public const string NoComments = "assigns-authority-no-comments";
    public const string WithComments = "assigns-authority-with-comments";
    public const string DoesNotAssign = "does-not-assign-authority";

    public static string Of(Opinion opinion) => opinion switch
    {
        Opinion.AssignsAuthorityNoComments => NoComments,
        Opinion.AssignsAuthorityWithComments => WithComments,
        Opinion.DoesNotAssignAuthority => DoesNotAssign,
        _ => throw new ArgumentOutOfRangeException(nameof(opinion), opinion, "Unknown opinion."),
    };

    public static Opinion Parse(string code) => code switch
    {
        NoComments => Opinion.AssignsAuthorityNoComments,
        WithComments => Opinion.AssignsAuthorityWithComments,
        DoesNotAssign => Opinion.DoesNotAssignAuthority,
        _ => throw new InvalidDataException($"'{code}' is not a stored opinion."),
    };
}
