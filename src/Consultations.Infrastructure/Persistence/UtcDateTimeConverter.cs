using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Consultations.Infrastructure.Persistence;

/// <summary>Writes UTC and reads back a DateTime marked as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
