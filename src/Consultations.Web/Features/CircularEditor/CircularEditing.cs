using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Consultations.Web.Features.CircularEditor;

/// <summary>Creating and editing draft circulars and their texts; each change is one transaction with its audit record.</summary>
public sealed class CircularEditing(AppDbContext db, AuditLog audit, UnitOfWork unitOfWork)
{
    public Task<Circular?> FindAsync(int id) =>
        db.Circulars.Include(c => c.Amendments).FirstOrDefaultAsync(c => c.Id == id);

    public async Task<Circular> CreateAsync(CircularForm form)
    {
        var circular = new Circular(form.ToDetails([], ["en"]));
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Circulars.Add(circular);
            await db.SaveChangesAsync();
            audit.Record("Circular.Created", "Circular", circular.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"TSB Circular {circular.Number}");
        });
        return circular;
    }

    public Task UpdateAsync(Circular circular, CircularForm form) =>
        Change(circular, "Circular.Edited", $"TSB Circular {form.Number}", () =>
            circular.UpdateDetails(form.ToDetails(circular.Notes.Where(n => n.Recommendation is not null).ToList(), circular.Languages)));

    public Task AddTextAsync(Circular circular, TextForm form) =>
        Change(circular, "Circular.TextAdded", form.Recommendation, () =>
        {
            var text = circular.AddText(form.ToDetails());
            circular.SetTextNote(text, form.Note);
        });

    public Task UpdateTextAsync(Circular circular, DraftText text, TextForm form) =>
        Change(circular, "Circular.TextEdited", form.Recommendation, () =>
        {
            circular.SetTextNote(text, null);
            circular.UpdateText(text, form.ToDetails());
            circular.SetTextNote(text, form.Note);
        });

    public Task RemoveTextAsync(Circular circular, DraftText text) =>
        Change(circular, "Circular.TextRemoved", text.DisplayNumber, () =>
        {
            circular.SetTextNote(text, null);
            circular.RemoveText(text);
        });

    public Task MoveTextAsync(Circular circular, DraftText text, int newPosition) =>
        Change(circular, "Circular.TextMoved", $"{text.DisplayNumber} to {newPosition}", () => circular.MoveText(text, newPosition));

    private Task Change(Circular circular, string action, string details, Action change) =>
        unitOfWork.InTransactionAsync(() =>
        {
            change();
            audit.Record(action, "Circular", circular.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), details);
            return Task.CompletedTask;
        });
}
