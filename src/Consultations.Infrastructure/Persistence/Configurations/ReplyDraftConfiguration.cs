using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Replies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class ReplyDraftConfiguration : IEntityTypeConfiguration<ReplyDraft>
{
    public void Configure(EntityTypeBuilder<ReplyDraft> builder)
    {
        builder.ToTable("ReplyDrafts");
        builder.Property(d => d.MemberStateCode).HasMaxLength(3).IsFixedLength();
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.HasIndex(d => new { d.CircularId, d.MemberStateCode, d.UserId }).IsUnique();
        builder.HasOne<Circular>().WithMany().HasForeignKey(d => d.CircularId).OnDelete(DeleteBehavior.Cascade);
    }
}
