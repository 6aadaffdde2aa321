using System.Diagnostics.Metrics;

namespace Consultations.Infrastructure.Telemetry;

/// <summary>
/// The portal's own metrics (meter <c>Consultations</c>), exported with ASP.NET Core's and EF Core's by OpenTelemetry
/// when it is configured; <c>docs/runbook.md</c> says what to alert on.
/// </summary>
public sealed class PortalMetrics
{
    public const string MeterName = "Consultations";

    private readonly Counter<long> repliesSubmitted;
    private readonly Counter<long> tallyComputations;
    private readonly Counter<long> outboxSent;
    private readonly Counter<long> outboxFailed;
    private long outboxQueued;
    private double outboxOldestAgeSeconds;

    public PortalMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        repliesSubmitted = meter.CreateCounter<long>("consultations.replies.submitted", "{version}", "Reply versions stored, online or recorded by TSB.");
        tallyComputations = meter.CreateCounter<long>("consultations.tally.computations", "{tally}", "Tallies computed from the replies (not served from the cache).");
        outboxSent = meter.CreateCounter<long>("consultations.outbox.sent", "{message}", "E-mails the SMTP server accepted.");
        outboxFailed = meter.CreateCounter<long>("consultations.outbox.failed", "{attempt}", "Delivery attempts that failed (retried until the attempts run out).");
        meter.CreateObservableGauge("consultations.outbox.queued", () => Interlocked.Read(ref outboxQueued), "{message}", "E-mails waiting in the outbox, as of the dispatcher's last pass.");
        meter.CreateObservableGauge("consultations.outbox.oldest_age", () => Volatile.Read(ref outboxOldestAgeSeconds), "s", "Age of the oldest e-mail waiting, as of the dispatcher's last pass.");
    }

    public void ReplySubmitted(string channel) => repliesSubmitted.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void TallyComputed() => tallyComputations.Add(1);

    public void MessageSent() => outboxSent.Add(1);

    public void DeliveryFailed() => outboxFailed.Add(1);

    public void OutboxObserved(long queued, TimeSpan oldestAge)
    {
        Interlocked.Exchange(ref outboxQueued, queued);
        Volatile.Write(ref outboxOldestAgeSeconds, oldestAge.TotalSeconds);
    }
}
