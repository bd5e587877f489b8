using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Bench.Province;
using VendorManager.Web.Features.Settlements;

namespace VendorManager.Bench;

/// <summary>
/// (1) Settlement generation for one month of the province by the app's <see cref="SettlementGenerator"/>
/// against the storage limit: the very rows it wrote (settlements and their audit entries) inserted again
/// with plain batched ADO.NET (one prepared command per table, one transaction) into an identical copy of
/// the database. The month measured is the province's last, whose audit entries end the chain, so taking
/// them out leaves a database the app could have had just before that run.
/// </summary>
internal static class SettlementBench
{
    public static async Task RunAsync(Options options)
    {
        var source = options.DbPath;
        var folder = Path.Combine(Path.GetDirectoryName(source)!, "settle");
        Directory.CreateDirectory(folder);
        var appDb = Path.Combine(folder, "app.db");
        var adoDb = Path.Combine(folder, "ado.db");
        var month = ProvinceGenerator.Today.AddDays(1 - ProvinceGenerator.Today.Day).AddMonths(-1);
        var monthText = month.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        SqliteConnection.ClearAllPools();
        File.Copy(source, appDb, overwrite: true);
        // A province generated before a later migration catches up first (outside the timing).
        await using (var migrating = ProvinceApp.Create(ProvinceDatabase.Sqlite(appDb), options.Folder, new FixedClock(ProvinceGenerator.Now)))
        {
            await migrating.MigrateAsync(CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
        long firstSequence;
        await using (var connection = Open(appDb))
        {
            firstSequence = await ScalarAsync(connection,
                "SELECT MIN(Sequence) FROM AuditEntries WHERE EntityType = 'Settlement' AND CAST(EntityKey AS INTEGER) IN (SELECT Id FROM Settlements WHERE Month = $m)", monthText);
            await ExecAsync(connection, "DELETE FROM AuditEntries WHERE Sequence >= $m", firstSequence);
            await ExecAsync(connection, "DELETE FROM Settlements WHERE Month = $m", monthText);
            await ExecAsync(connection, "VACUUM", null);
        }

        SqliteConnection.ClearAllPools();
        File.Copy(appDb, adoDb, overwrite: true);
        // Warm-up copies: each side runs once on its own copy first (JIT, EF's model and compiled
        // queries, the file cache), then is timed on the fresh one.
        var appWarm = Path.Combine(folder, "app-warm.db");
        var adoWarm = Path.Combine(folder, "ado-warm.db");
        File.Copy(appDb, appWarm, overwrite: true);
        File.Copy(appDb, adoWarm, overwrite: true);

        // The app: its generator as the county finance bureau would run it, warmed up on an earlier month (nothing to do).
        TimeSpan appTime;
        int created;
        await using (var warm = ProvinceApp.Create(ProvinceDatabase.Sqlite(appWarm), options.Folder, new FixedClock(ProvinceGenerator.Now)))
        {
            await using var scope = warm.SystemScope();
            await scope.ServiceProvider.GetRequiredService<SettlementGenerator>().RunAsync(month, CancellationToken.None);
        }

        await using (var app = ProvinceApp.Create(ProvinceDatabase.Sqlite(appDb), options.Folder, new FixedClock(ProvinceGenerator.Now)))
        {
            await using var scope = app.SystemScope();
            var generator = scope.ServiceProvider.GetRequiredService<SettlementGenerator>();
            var watch = Stopwatch.StartNew();
            created = (await generator.RunAsync(month, CancellationToken.None)).Created;
            appTime = watch.Elapsed;
        }

        SqliteConnection.ClearAllPools();
        List<(string Table, string[] Columns, List<object?[]> Rows)> tables = [];
        await using (var connection = Open(appDb))
        {
            tables.Add(await ReadAsync(connection, "Settlements", "Month = $m", monthText));
            tables.Add(await ReadAsync(connection, "AuditEntries", "Sequence >= $m", firstSequence));
        }

        // The storage limit: the same rows, one transaction, one prepared INSERT per table.
        await using (var connection = Open(adoWarm))
        {
            await InsertAsync(connection, tables);
        }

        TimeSpan adoTime;
        await using (var connection = Open(adoDb))
        {
            var watch = Stopwatch.StartNew();
            await InsertAsync(connection, tables);
            adoTime = watch.Elapsed;
        }

        var ratio = appTime / adoTime;
        Console.WriteLine($"month {monthText}: {created} settlements, {tables[1].Rows.Count} audit entries");
        Console.WriteLine($"app generation   {appTime.TotalMilliseconds,9:0} ms");
        Console.WriteLine($"plain ADO.NET    {adoTime.TotalMilliseconds,9:0} ms");
        Console.WriteLine($"ratio            {ratio,9:0.00}× (target ≤ 2×) {(ratio <= 2 ? "✅" : "❌")}");
        SqliteConnection.ClearAllPools();
        File.Delete(appWarm);
        File.Delete(adoWarm);
    }

    private static async Task InsertAsync(SqliteConnection connection, List<(string Table, string[] Columns, List<object?[]> Rows)> tables)
    {
        {
            await using var transaction = connection.BeginTransaction();
            foreach (var (table, columns, rows) in tables)
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
                var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
                insert.Prepare();
                foreach (var row in rows)
                {
                    for (var i = 0; i < row.Length; i++)
                    {
                        parameters[i].Value = row[i] ?? DBNull.Value;
                    }

                    await insert.ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
        }
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, object value)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$m", value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecAsync(SqliteConnection connection, string sql, object? value)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (value is not null)
        {
            command.Parameters.AddWithValue("$m", value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static async Task<(string, string[], List<object?[]>)> ReadAsync(SqliteConnection connection, string table, string where, object value)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE {where}";
        command.Parameters.AddWithValue("$m", value);
        await using var reader = await command.ExecuteReaderAsync();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return (table, columns, rows);
    }
}
