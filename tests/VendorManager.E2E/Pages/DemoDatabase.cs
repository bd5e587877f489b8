using Microsoft.Data.Sqlite;

namespace VendorManager.E2E.Pages;

/// <summary>The app's demo database, read (never written) by the page walk: what the seeder put there.</summary>
internal static class DemoDatabase
{
    public static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The seeded notice (通报, the first one), while it is still a draft; null once it was issued.</summary>
    public static int? SeededNoticeWhileDraft(string databasePath)
    {
        using var connection = Open(databasePath);
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT Id, Status FROM PublicNotices ORDER BY Id LIMIT 1";
        using var reader = select.ExecuteReader();
        return reader.Read() && reader.GetString(1) == "Draft" ? reader.GetInt32(0) : null;
    }
}
