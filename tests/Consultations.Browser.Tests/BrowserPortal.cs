using Consultations.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Consultations.Browser.Tests;

/// <summary>The portal on Kestrel at a free port of 127.0.0.1, over its own SQLite file, sending mail to SMTP on loopback.</summary>
public sealed class BrowserPortal : SmtpPortal
{
    private string? baseUrl;

    public BrowserPortal() => UseKestrel(0);

    public string BaseUrl => baseUrl ??= KestrelAddress.Start(this);
}
