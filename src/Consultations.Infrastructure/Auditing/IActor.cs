namespace Consultations.Infrastructure.Auditing;

/// <summary>Who is acting now and from where; the web layer supplies it from the request.</summary>
public interface IActor
{
    string? UserId { get; }

    string UserName { get; }

    string? IpAddress { get; }
}
