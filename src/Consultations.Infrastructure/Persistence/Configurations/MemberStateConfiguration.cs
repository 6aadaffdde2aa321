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
        builder.OwnsMany(m => m.CorrectedNames, name =>
        {
            name.ToTable("MemberStateNames");
            name.WithOwner().HasForeignKey("MemberStateCode");
            name.Property<int>("Id");
            name.HasKey("Id");
            name.Property(n => n.Language).HasMaxLength(8);
            name.Property(n => n.Name).HasMaxLength(200);
        });
    }
}
