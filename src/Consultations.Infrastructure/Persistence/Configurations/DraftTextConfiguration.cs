using Consultations.Domain.Circulars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class DraftTextConfiguration : IEntityTypeConfiguration<DraftText>
{
    public void Configure(EntityTypeBuilder<DraftText> builder)
    {
        builder.ToTable("DraftTexts");
        builder.Property<int>("CircularId");
        builder.HasKey("CircularId", nameof(DraftText.Id));
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Ignore(t => t.DisplayNumber);
        builder.Property(t => t.Recommendation).HasMaxLength(50);
        builder.Property(t => t.ProvisionalName).HasMaxLength(100);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Title).HasMaxLength(1000);
        builder.Property(t => t.Summary).HasMaxLength(16000);
        builder.Property(t => t.DocumentRef).HasMaxLength(100);

        builder.OwnsMany(t => t.Translations, translation =>
        {
            translation.ToTable("DraftTextTranslations");
            translation.WithOwner().HasForeignKey("CircularId", "DraftTextId");
            translation.Property<int>("Id");
            translation.HasKey("Id");
            translation.Property(t => t.Language).HasMaxLength(8);
            translation.Property(t => t.Title).HasMaxLength(1000);
            translation.Property(t => t.Summary).HasMaxLength(16000);
        });

        builder.Ignore(t => t.Decision);
        builder.OwnsMany(t => t.Decisions, decision =>
        {
            decision.ToTable("MeetingDecisions");
            decision.WithOwner().HasForeignKey("CircularId", "DraftTextId");
            decision.Property<int>("Id");
            decision.HasKey("Id");
            decision.HasIndex("CircularId", "DraftTextId", nameof(MeetingDecision.Sequence)).IsUnique();
            decision.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
            decision.Property(d => d.Reason).HasMaxLength(2000);
            decision.Property(d => d.RecordedBy).HasMaxLength(256);
            decision.Ignore(d => d.Reservations);
            decision.Ignore(d => d.MoreTimeRequestedBy);
            decision.Ignore(d => d.OpposedBy);
            decision.OwnsMany(d => d.Statements, statement =>
            {
                statement.ToTable("MeetingDecisionStatements");
                statement.WithOwner().HasForeignKey("MeetingDecisionId");
                statement.Property<int>("Id");
                statement.HasKey("Id");
                statement.Property(st => st.Role).HasConversion<string>().HasMaxLength(40);
                statement.Property(st => st.MemberStateCode).HasMaxLength(3);
                statement.Property(st => st.Text).HasMaxLength(8000);
            });
        });

        builder.OwnsMany(t => t.Oppositions, opposition =>
        {
            opposition.ToTable("FormalOppositions");
            opposition.WithOwner().HasForeignKey("CircularId", "DraftTextId");
            opposition.Property<int>("Id");
            opposition.HasKey("Id");
            opposition.Property(o => o.MemberStateCode).HasMaxLength(3);
            opposition.Property(o => o.Reasons).HasMaxLength(8000);
            opposition.Property(o => o.RecordedBy).HasMaxLength(256);
        });

        builder.OwnsOne(t => t.Notification, notification =>
        {
            notification.Property(n => n.CircularNumber).HasColumnName("NotificationCircularNumber");
            notification.Property(n => n.Date).HasColumnName("NotificationDate");
            notification.Property(n => n.RecordedAtUtc).HasColumnName("NotificationRecordedAtUtc");
            notification.Property(n => n.RecordedBy).HasColumnName("NotificationRecordedBy").HasMaxLength(256);
        });
    }
}
