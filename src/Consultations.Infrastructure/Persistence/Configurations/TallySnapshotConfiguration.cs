using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Tally;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class TallySnapshotConfiguration : IEntityTypeConfiguration<TallySnapshot>
{
    public void Configure(EntityTypeBuilder<TallySnapshot> builder)
    {
        builder.ToTable("TallySnapshots");
        builder.Property(s => s.Reason).HasMaxLength(1000);
        builder.Property(s => s.Digest).HasMaxLength(64);
        builder.HasIndex(s => new { s.CircularId, s.TakenAtUtc });
        builder.HasOne<Circular>().WithMany().HasForeignKey(s => s.CircularId).OnDelete(DeleteBehavior.Cascade);
    }
}
