using Consultations.Domain.Circulars;
using Consultations.Domain.Membership;
using Consultations.Domain.Replies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class ReplyConfiguration : IEntityTypeConfiguration<Reply>
{
    public void Configure(EntityTypeBuilder<Reply> builder)
    {
        builder.ToTable("Replies");
        builder.Ignore(r => r.Latest);
        builder.Property(r => r.MemberStateCode).HasMaxLength(3).IsFixedLength();
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasIndex(r => new { r.CircularId, r.MemberStateCode }).IsUnique();
        builder.HasOne<Circular>().WithMany().HasForeignKey(r => r.CircularId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MemberState>().WithMany().HasForeignKey(r => r.MemberStateCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey("ReplyId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Versions).AutoInclude();
    }
}
