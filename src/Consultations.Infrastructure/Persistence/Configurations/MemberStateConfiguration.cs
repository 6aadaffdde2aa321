using Consultations.Domain.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class MemberStateConfiguration : IEntityTypeConfiguration<MemberState>
{
    public void Configure(EntityTypeBuilder<MemberState> builder)
    {
        builder.ToTable("MemberStates");
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(3).IsFixedLength();
        builder.Property(m => m.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => m.Name);
        builder.Property(m => m.Revision).IsConcurrencyToken();
    }
}
