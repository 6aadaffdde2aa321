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

        builder.OwnsOne(t => t.Outcome, outcome =>
        {
            outcome.Property(o => o.Kind).HasColumnName("OutcomeKind").HasConversion<string>().HasMaxLength(40);
            outcome.Property(o => o.OppositionPeriodEnd).HasColumnName("OutcomeOppositionPeriodEnd");
            outcome.Property(o => o.RecordedAtUtc).HasColumnName("OutcomeRecordedAtUtc");
            outcome.Property(o => o.RecordedBy).HasColumnName("OutcomeRecordedBy").HasMaxLength(256);
            outcome.OwnsMany(o => o.Reservations, Statements("OutcomeReservations"));
            outcome.OwnsMany(o => o.Oppositions, Statements("OutcomeOppositions"));
        });
    }

    private static Action<OwnedNavigationBuilder<PlenaryOutcome, MemberStateStatement>> Statements(string table) => statement =>
    {
        statement.ToTable(table);
        statement.Property<int>("Id");
        statement.HasKey("Id");
        statement.Property(s => s.MemberStateCode).HasMaxLength(3);
        statement.Property(s => s.Text).HasMaxLength(8000);
    };
}
