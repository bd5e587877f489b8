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
}
