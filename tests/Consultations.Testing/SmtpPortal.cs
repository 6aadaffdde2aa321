using System.Net;
using System.Net.Sockets;
using System.Text;
using Consultations.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace Consultations.Testing;

/// <summary>The portal sending through a real SMTP server on loopback (netDumbster), with the outbox driven by the test.</summary>
public class SmtpPortal : PortalFactory
{
    public SmtpPortal()
    {
        Port = FreePort();
        Smtp = SimpleSmtpServer.Start(Port);
    }

    public int Port { get; }

    public SimpleSmtpServer Smtp { get; private set; }

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Email:SmtpHost", "127.0.0.1"),
        new("Email:SmtpPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Email:SmtpSecurity", "None"),
        new("Email:MaxAttempts", "3"),
        new("Email:BatchSize", "500"),
    ];

    public void StopSmtp() => Smtp.Stop();

    public void StartSmtp()
    {
        Smtp.Dispose();
        Smtp = SimpleSmtpServer.Start(Port);
    }

    /// <summary>Runs one pass of the outbox as the dispatcher would.</summary>
    public Task<int> DeliverAsync(string dispatcher = "test") =>
        WithScopeAsync(services => services.GetRequiredService<OutboxProcessor>().ProcessDueAsync(dispatcher, CancellationToken.None));

    public IReadOnlyList<MimeMessage> Received() =>
        Smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();

    protected override void Dispose(bool disposing)
    {
        Smtp.Dispose();
        base.Dispose(disposing);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
