using Consultations.Domain.Circulars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class CircularAmendmentConfiguration : IEntityTypeConfiguration<CircularAmendment>
{
    public void Configure(EntityTypeBuilder<CircularAmendment> builder)
    {
        builder.ToTable("CircularAmendments");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.Property(a => a.Reason).HasMaxLength(4000);
        builder.Property(a => a.AmendedBy).HasMaxLength(256);
    }
}
