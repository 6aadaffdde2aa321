using Consultations.Domain.Membership;
using Consultations.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.MemberStateCode).HasMaxLength(3).IsFixedLength();
        builder.Property(u => u.JobTitle).HasMaxLength(200);
        builder.Property(u => u.Place).HasMaxLength(200);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(8);
        builder.HasOne<MemberState>().WithMany().HasForeignKey(u => u.MemberStateCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.MemberStateCode);
        builder.Property(u => u.CalendarFeedHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(u => u.CalendarFeedHash).IsUnique();
    }
}
