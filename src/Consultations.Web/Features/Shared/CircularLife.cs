using Consultations.Domain.Circulars;
using Consultations.Infrastructure.Tally;

namespace Consultations.Web.Features.Shared;

/// <summary>What the life of a circular shows: the circular itself, its recorded final tallies, and the day it is read.</summary>
public sealed record CircularLife(Circular Circular, IReadOnlyList<TallySnapshot> FinalTallies, DateTime NowUtc)
{
    public DateOnly Today => DateOnly.FromDateTime(NowUtc);
}
