using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Replies;
using Consultations.Infrastructure.Tally;
using Consultations.Infrastructure.Coordination;
using Consultations.Infrastructure.Files;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect cookies and tokens, shared by every replica of the portal.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<StoredFileContent> StoredFiles => Set<StoredFileContent>();

    public DbSet<Lease> Leases => Set<Lease>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<MemberState> MemberStates => Set<MemberState>();

    public DbSet<Circular> Circulars => Set<Circular>();

    public DbSet<Reply> Replies => Set<Reply>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ReplyDraft> ReplyDrafts => Set<ReplyDraft>();

    public DbSet<TallySnapshot> TallySnapshots => Set<TallySnapshot>();

    public DbSet<ConsultationNotice> ConsultationNotices => Set<ConsultationNotice>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times that are queried are stored as UTC DateTime: SQLite cannot compare DateTimeOffset text.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
