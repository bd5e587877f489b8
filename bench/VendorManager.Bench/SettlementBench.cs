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
/// them out leaves a database the app could have had just before that run. <c>--rounds N</c> (5) timed
/// rounds after <c>--warm-up N</c> (2); the medians are compared.
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
        }

        await ResetAsync(appDb, monthText, firstSequence);
        await using (var connection = Open(appDb))
        {
            await ExecAsync(connection, "VACUUM", null);
        }

        SqliteConnection.ClearAllPools();
        File.Copy(appDb, adoDb, overwrite: true);
        var rounds = options.GetInt("rounds", 5);
        var warmUp = options.GetInt("warm-up", 2);
        if (rounds < 1 || warmUp < 0)
        {
            throw new ArgumentException("--rounds must be at least 1 and --warm-up at least 0.");
        }

        // Each side writes the month again and again into its own copy, the month's rows deleted between
        // rounds. The first rounds warm up: the JIT's tiers (each side's code is optimized only once it has
        // run many times, as in a server that has been up), EF's model and compiled queries, the
        // file in the kernel's cache (SQLite's own page cache is per connection and starts cold on both sides,
        // as the other side's reset wrote the file). Before each timed round the copies' and the last round's writes are flushed (sync), so
        // the kernel's write-back of earlier writes does not land inside either side's timing.
        await using var app = ProvinceApp.Create(ProvinceDatabase.Sqlite(appDb), options.Folder, new FixedClock(ProvinceGenerator.Now));
        List<(string Table, string[] Columns, List<object?[]> Rows)>? tables = null;
        var appTimes = new List<double>();
        var adoTimes = new List<double>();
        var created = 0;
        for (var round = 1; round <= warmUp + rounds; round++)
        {
            await ResetAsync(appDb, monthText, firstSequence);
            Sync();
            await using (var scope = app.SystemScope())
            {
                var generator = scope.ServiceProvider.GetRequiredService<SettlementGenerator>();
                var watch = Stopwatch.StartNew();
                created = (await generator.RunAsync(month, CancellationToken.None)).Created;
                appTimes.Add(watch.Elapsed.TotalMilliseconds);
            }

            if (tables is null)
            {
                // The storage limit's rows: the very ones the app wrote in its first round.
                await using var connection = Open(appDb);
                tables = [
                    await ReadAsync(connection, "Settlements", "Month = $m", monthText),
                    await ReadAsync(connection, "AuditEntries", "Sequence >= $m", firstSequence),
                ];
            }

            await ResetAsync(adoDb, monthText, firstSequence);
            Sync();
            await using (var connection = Open(adoDb))
            {
                var watch = Stopwatch.StartNew();
                await InsertAsync(connection, tables);
                adoTimes.Add(watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"round {round}{(round <= warmUp ? " (warm-up)" : string.Empty)}: app {appTimes[^1],6:0} ms, ADO.NET {adoTimes[^1],6:0} ms, ratio {appTimes[^1] / adoTimes[^1]:0.00}×, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }

        var appTime = Statistics.Median(appTimes.Skip(warmUp));
        var adoTime = Statistics.Median(adoTimes.Skip(warmUp));
        var ratio = appTime / adoTime;
        Console.WriteLine($"month {monthText}: {created} settlements, {tables![1].Rows.Count} audit entries; medians of {rounds} rounds after {warmUp} warm-up rounds");
        Console.WriteLine($"app generation   {appTime,9:0} ms");
        Console.WriteLine($"plain ADO.NET    {adoTime,9:0} ms");
        Console.WriteLine($"ratio            {ratio,9:0.00}× (target ≤ 2×) {(ratio <= 2 ? "✅" : "❌")}");
    }

    /// <summary>Takes the month's settlements and every audit entry from the first of theirs on out of the copy.</summary>
    private static async Task ResetAsync(string path, string monthText, long firstSequence)
    {
        await using var connection = Open(path);
        await ExecAsync(connection, "DELETE FROM AuditEntries WHERE Sequence >= $m", firstSequence);
        await ExecAsync(connection, "DELETE FROM Settlements WHERE Month = $m", monthText);
    }

    private static void Sync()
    {
        using var sync = Process.Start("sync");
        sync.WaitForExit();
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
