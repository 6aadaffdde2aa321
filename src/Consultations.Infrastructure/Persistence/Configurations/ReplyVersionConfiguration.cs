using Consultations.Domain.Replies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class ReplyVersionConfiguration : IEntityTypeConfiguration<ReplyVersion>
{
    public void Configure(EntityTypeBuilder<ReplyVersion> builder)
    {
        builder.ToTable("ReplyVersions");
        builder.Ignore(v => v.IsRecordedByTsb);
        builder.Property(v => v.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.SubmittedByUserId).HasMaxLength(450);
        builder.Property(v => v.SubmittedByName).HasMaxLength(256);
        builder.Property(v => v.OriginalDocument).HasMaxLength(200);
        builder.Property(v => v.Digest).HasMaxLength(64);
        builder.HasIndex("ReplyId", nameof(ReplyVersion.Number)).IsUnique();
        builder.HasIndex(v => v.ReceivedAtUtc);

        builder.ComplexProperty(v => v.Signatory, signatory =>
        {
            signatory.Property(s => s.Name).HasColumnName("SignatoryName").HasMaxLength(200);
            signatory.Property(s => s.Title).HasColumnName("SignatoryTitle").HasMaxLength(200);
            signatory.Property(s => s.Place).HasColumnName("SignatoryPlace").HasMaxLength(200);
            signatory.Property(s => s.Date).HasColumnName("SignatoryDate");
        });

        builder.OwnsMany(v => v.Opinions, opinion =>
        {
            opinion.ToTable("ReplyOpinions");
            opinion.WithOwner().HasForeignKey("ReplyVersionId");
            opinion.Property<int>("Id");
            opinion.HasKey("Id");
            opinion.Property(o => o.Opinion).HasConversion<string>().HasMaxLength(40);
            opinion.Property(o => o.Comment).HasMaxLength(32000);
            opinion.Ignore(o => o.HasComment);
            opinion.HasIndex(o => o.DraftTextId);
        });

        builder.OwnsMany(v => v.Attachments, attachment =>
        {
            attachment.ToTable("ReplyAttachments");
            attachment.WithOwner().HasForeignKey("ReplyVersionId");
            attachment.Property<int>("Id");
            attachment.HasKey("Id");
            attachment.Property(a => a.StoredName).HasMaxLength(100);
            attachment.Property(a => a.FileName).HasMaxLength(260);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.Property(a => a.Sha256).HasMaxLength(64);
        });
    }
}
