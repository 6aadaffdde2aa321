using Consultations.Domain.Circulars;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultations.Infrastructure.Persistence.Configurations;

public sealed class CircularConfiguration : IEntityTypeConfiguration<Circular>
{
    public void Configure(EntityTypeBuilder<Circular> builder)
    {
        builder.ToTable("Circulars");
        builder.Ignore(c => c.ActiveTexts);
        builder.Property(c => c.Reference).HasMaxLength(50);
        builder.Property(c => c.Addressees).HasMaxLength(2000);
        builder.Property(c => c.CopyTo).HasMaxLength(2000);
        builder.Property(c => c.PublishedBy).HasMaxLength(256);
        builder.Property(c => c.NoticeOverrideReason).HasMaxLength(2000);
        builder.HasIndex(c => new { c.Number, c.Date });
        builder.HasIndex(c => new { c.Year, c.Number }).IsUnique();

        builder.ComplexProperty(c => c.Meeting, meeting =>
        {
            meeting.Property(m => m.Place).HasMaxLength(200).HasColumnName("MeetingPlace");
            meeting.Property(m => m.FirstDay).HasColumnName("MeetingFirstDay");
            meeting.Property(m => m.LastDay).HasColumnName("MeetingLastDay");
        });

        builder.Property(c => c.Languages)
            .HasField("languages")
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasMaxLength(100)
            .HasConversion(CommaSeparated.Converter, CommaSeparated.Comparer);

        builder.OwnsMany(c => c.NoteTranslations, translation =>
        {
            translation.ToTable("CircularNoteTranslations");
            translation.WithOwner().HasForeignKey("CircularId");
            translation.Property<int>("Id");
            translation.HasKey("Id");
            translation.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
            translation.Property(t => t.Recommendation).HasMaxLength(50);
            translation.Property(t => t.Language).HasMaxLength(8);
            translation.Property(t => t.Text).HasMaxLength(8000);
        });
        builder.OwnsMany(c => c.Notes, note =>
        {
            note.ToTable("CircularNotes");
            note.WithOwner().HasForeignKey("CircularId");
            note.Property<int>("Id");
            note.HasKey("Id");
            note.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
            note.Property(n => n.Text).HasMaxLength(8000);
            note.Property(n => n.Recommendation).HasMaxLength(50);
            note.Property(n => n.Except)
                .HasMaxLength(500)
                .HasConversion(CommaSeparated.Converter, CommaSeparated.Comparer);
        });

        builder.HasMany(c => c.Texts).WithOne().HasForeignKey("CircularId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Texts).AutoInclude();
        builder.HasMany(c => c.Amendments).WithOne().HasForeignKey("CircularId").OnDelete(DeleteBehavior.Cascade);
    }
}
