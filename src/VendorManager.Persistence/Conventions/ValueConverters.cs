using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using VendorManager.Domain.Common;

namespace VendorManager.Persistence.Conventions;

/// <summary>Money as whole fen: exact, and summed and sorted natively by both providers.</summary>
public sealed class MoneyToFenConverter() : ValueConverter<Money, long>(m => m.Fen, fen => Money.FromFen(fen));

/// <summary>Scores as hundredths.</summary>
public sealed class ScoreToHundredthsConverter() : ValueConverter<Score, int>(s => s.Hundredths, h => Score.FromHundredths(h));

/// <summary>
/// Instants as UTC ticks on SQLite, which cannot compare or order DateTimeOffset in SQL.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>Instants normalised to UTC on PostgreSQL, whose timestamptz accepts only offset zero.</summary>
public sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());
