using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class ConsultationNoticeConfiguration : IEntityTypeConfiguration<ConsultationNotice>
{
    public void Configure(EntityTypeBuilder<ConsultationNotice> builder)
    {
        builder.ToTable("ConsultationNotices");
        builder.Property(n => n.Kind).HasMaxLength(40);
        builder.HasIndex(n => new { n.CircularId, n.DeadlineDate, n.Kind, n.OffsetDays }).IsUnique();
        builder.HasOne<Circular>().WithMany().HasForeignKey(n => n.CircularId).OnDelete(DeleteBehavior.Cascade);
    }
}
