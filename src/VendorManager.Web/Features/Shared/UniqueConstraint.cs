using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace VendorManager.Web.Features.Shared;

/// <summary>
/// Recognises a save refused by a unique index. A service checks for duplicates before saving, but
/// two users can pass that check at the same moment; the index then decides, and the loser must get
/// the same field message rather than an error page.
/// </summary>
public static class UniqueConstraint
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
