using Consultations.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.ToAddress).HasMaxLength(256);
        builder.Property(m => m.ToName).HasMaxLength(256);
        builder.Property(m => m.Language).HasMaxLength(8);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.Cause).HasMaxLength(100);
        builder.Property(m => m.CauseId).HasMaxLength(100);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.ClaimedBy).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(4000);
        builder.Property(m => m.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasIndex(m => new { m.State, m.Priority, m.NextAttemptAtUtc });
        builder.HasIndex(m => new { m.Cause, m.CauseId });
        builder.HasMany(m => m.AttemptLog).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
