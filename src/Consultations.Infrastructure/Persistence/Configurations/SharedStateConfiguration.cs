using Consultations.Infrastructure.Coordination;
using Consultations.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class StoredFileContentConfiguration : IEntityTypeConfiguration<StoredFileContent>
{
    public void Configure(EntityTypeBuilder<StoredFileContent> builder)
    {
        builder.ToTable("StoredFiles");
        builder.HasKey(f => f.Name);
        builder.Property(f => f.Name).HasMaxLength(64);
        builder.Property(f => f.Sha256).HasMaxLength(64);
    }
}

public sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.ToTable("Leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(200);
        builder.Property(l => l.ConcurrencyStamp).IsConcurrencyToken();
    }
}
