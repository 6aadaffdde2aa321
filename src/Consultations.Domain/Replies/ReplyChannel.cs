namespace Consultations.Domain.Replies;

/// <summary>How a reply reached TSB: online by a delegate, or recorded by TSB from what arrived.</summary>
public enum ReplyChannel
{
    Online,
    Email,
    Fax,
    Letter,
}
