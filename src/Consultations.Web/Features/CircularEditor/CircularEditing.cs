using Consultations.Domain.Circulars;
using Consultations.Domain.Common;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Persistence;
using Consultations.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.CircularEditor;

/// <summary>Creating and editing draft circulars and their texts; each change is one transaction with its audit record.</summary>
public sealed class CircularEditing(AppDbContext db, AuditLog audit, UnitOfWork unitOfWork)
{
    public Task<Circular?> FindAsync(int id) =>
        db.Circulars.Include(c => c.Amendments).FirstOrDefaultAsync(c => c.Id == id);

    public async Task<Circular> CreateAsync(CircularForm form) =>
        await unitOfWork.InTransactionAsync(async () =>
        {
            var circular = new Circular(form.ToDetails([], ["en"]));
            await EnsureNumberFreeAsync(circular);
            db.Circulars.Add(circular);
            await db.SaveChangesAsync();
            audit.Record("Circular.Created", "Circular", circular.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"TSB Circular {circular.Number}");
            return circular;
        });

    public Task UpdateAsync(Circular circular, CircularForm form) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var current = await FindAsync(circular.Id) ?? throw new InvalidOperationException("The circular no longer exists.");
            current.UpdateDetails(form.ToDetails(current.Notes.Where(n => n.Recommendation is not null).ToList(), current.Languages));
            await EnsureNumberFreeAsync(current);
            audit.Record("Circular.Edited", "Circular", circular.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"TSB Circular {form.Number}");
        });

    /// <summary>Circular numbers run per year: a second circular 104 of one year would give its receipts the same references.</summary>
    private async Task EnsureNumberFreeAsync(Circular circular)
    {
        if (await db.Circulars.AnyAsync(c => c.Number == circular.Number && c.Year == circular.Year && c.Id != circular.Id))
        {
            throw new DomainException("Circular.NumberTaken", "TSB Circular {0} of {1} exists already.", circular.Number, circular.Year);
        }
    }

    public Task AddTextAsync(Circular circular, TextForm form) =>
        Change(circular, "Circular.TextAdded", form.Recommendation, c =>
        {
            var text = c.AddText(form.ToDetails());
            c.SetTextNote(text, form.Note);
        });

    public Task UpdateTextAsync(Circular circular, DraftText text, TextForm form) =>
        Change(circular, "Circular.TextEdited", form.Recommendation, c =>
        {
            var current = TextOf(c, text);
            c.SetTextNote(current, null);
            c.UpdateText(current, form.ToDetails());
            c.SetTextNote(current, form.Note);
        });

    public Task RemoveTextAsync(Circular circular, DraftText text) =>
        Change(circular, "Circular.TextRemoved", text.DisplayNumber, c =>
        {
            var current = TextOf(c, text);
            c.SetTextNote(current, null);
            c.RemoveText(current);
        });

    public Task MoveTextAsync(Circular circular, DraftText text, int newPosition) =>
        Change(circular, "Circular.TextMoved", $"{text.DisplayNumber} to {newPosition}", c => c.MoveText(TextOf(c, text), newPosition));

    /// <summary>The same text in the circular as loaded inside the transaction.</summary>
    public static DraftText TextOf(Circular circular, DraftText text) => circular.Texts.Single(t => t.Id == text.Id);

    /// <summary>Loads the circular inside the (retried) transaction and applies the change to that copy.</summary>
    private Task Change(Circular circular, string action, string details, Action<Circular> change) =>
        unitOfWork.InTransactionAsync(async () =>
        {
            var current = await FindAsync(circular.Id) ?? throw new InvalidOperationException("The circular no longer exists.");
            change(current);
            audit.Record(action, "Circular", circular.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), details);
        });
}
