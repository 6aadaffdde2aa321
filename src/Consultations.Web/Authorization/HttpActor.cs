using Consultations.Infrastructure.Auditing;

namespace Consultations.Web.Authorization;

/// <summary>The signed-in user of the current request, for the audit trail.</summary>
public sealed class HttpActor(IHttpContextAccessor accessor) : IActor
{
    public string? UserId => accessor.HttpContext?.User.UserId();

    public string UserName => accessor.HttpContext?.User.Identity?.Name ?? "anonymous";

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
