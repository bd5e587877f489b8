using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.Shared;

/// <summary>
/// The two reasons a valid edit is not saved that are nobody's mistake: someone saved the record
/// first (the concurrency token), or the database stayed busy. SQLite waits out a lock for the
/// connection's timeout (30 s) before giving up and PostgreSQL reports lock and deadlock victims; either
/// way nothing was written, the form keeps what the user typed, and the message asks for a retry.
/// </summary>
public static class SaveRefusal
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Applies(Exception exception) => exception is DbUpdateConcurrencyException || IsBusy(exception);

    public static string Describe(Exception exception, IStringLocalizer<SharedText> shared) =>
        shared[exception is DbUpdateConcurrencyException ? "Message.ConcurrencyConflict" : "Message.DatabaseBusy"];

    /// <summary>Whether the database refused for a lock rather than for the data; EF may wrap the provider's error.</summary>
    public static bool IsBusy(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                case PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }:
                case NpgsqlException { InnerException: TimeoutException }:
                    return true;
            }
        }

        return false;
    }
}
