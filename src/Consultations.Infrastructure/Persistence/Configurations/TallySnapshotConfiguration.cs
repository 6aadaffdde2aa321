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

        // One final tally per circular and deadline; corrections take the next sequence. Two writers cannot both store "the" final tally.
        builder.HasIndex(s => new { s.CircularId, s.DeadlineDate, s.Sequence }).IsUnique();
        builder.HasOne<Circular>().WithMany().HasForeignKey(s => s.CircularId).OnDelete(DeleteBehavior.Cascade);
    }
}
