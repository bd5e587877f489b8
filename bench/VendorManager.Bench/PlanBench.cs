using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Bench.Province;
using VendorManager.Persistence;

namespace VendorManager.Bench;

/// <summary>
/// Every list and home page's SQL commands on a SQLite province, each with its time and SQLite's
/// <c>EXPLAIN QUERY PLAN</c>: where a page scans a big table instead of seeking an index, and which of
/// its commands takes the time. `plans --db FILE [--sql true] [--only PREFIX]`.
/// </summary>
internal static class PlanBench
{
    public static async Task RunAsync(Options options)
    {
        var recorder = new PlanRecorder(options.Get("sql", "false") == "true");
        await using var app = ProvinceApp.Create(options.Database(), options.Folder, new FixedClock(ProvinceGenerator.Now),
            configureServices: services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(recorder)));
        if (options.Get("migrate", "true") == "true")
        {
            await app.MigrateAsync(CancellationToken.None);
        }

        var only = options.Get("only", string.Empty);
        foreach (var c in PageCalls.Lists(new DateOnly(2026, 9, 1)).Concat(PageCalls.Homes).Where(c => c.Name.StartsWith(only, StringComparison.Ordinal)))
        {
            await using (var warm = app.ScopeFor(ListBench.UserOf(c)))
            {
                await c.Call(warm.ServiceProvider, CancellationToken.None);
            }

            recorder.Start();
            await using var scope = app.ScopeFor(ListBench.UserOf(c));
            var rows = await c.Call(scope.ServiceProvider, CancellationToken.None);
            Console.WriteLine($"== {c.Name}: {rows} rows, {recorder.Commands} commands, {recorder.TotalMs:0.0} ms in SQL");
            foreach (var line in recorder.Lines)
            {
                Console.WriteLine(line);
            }
        }
    }

    /// <summary>Explains each query on its own connection before it runs, and notes how long it ran.</summary>
    private sealed class PlanRecorder(bool showSql) : DbCommandInterceptor
    {
        private bool _recording;

        public List<string> Lines { get; } = [];

        public int Commands { get; private set; }

        public double TotalMs { get; private set; }

        public void Start()
        {
            Lines.Clear();
            Commands = 0;
            TotalMs = 0;
            _recording = true;
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await ExplainAsync(command, cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            await ExplainAsync(command, cancellationToken);
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Took(eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<object?> ScalarExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            Took(eventData.Duration);
            return ValueTask.FromResult(result);
        }

        private void Took(TimeSpan duration)
        {
            if (_recording)
            {
                TotalMs += duration.TotalMilliseconds;
                Lines.Add($"   took {duration.TotalMilliseconds:0.0} ms");
            }
        }

        private async Task ExplainAsync(DbCommand command, CancellationToken cancellationToken)
        {
            if (!_recording)
            {
                return;
            }

            Commands++;
            var sql = command.CommandText;
            Lines.Add($" #{Commands} " + (showSql ? sql : First(sql)));
            if (command.Connection is not Microsoft.Data.Sqlite.SqliteConnection)
            {
                return;
            }

            await using var explain = command.Connection.CreateCommand();
            explain.Transaction = command.Transaction;
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (DbParameter p in command.Parameters)
            {
                var copy = explain.CreateParameter();
                copy.ParameterName = p.ParameterName;
                copy.Value = p.Value;
                copy.DbType = p.DbType;
                explain.Parameters.Add(copy);
            }

            await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var detail = reader.GetString(3);
                // A scan reads every row of its table (or index); on the province's big tables that is the miss.
                var scan = detail.StartsWith("SCAN ", StringComparison.Ordinal) || detail.Contains("TEMP B-TREE", StringComparison.Ordinal);
                Lines.Add((scan ? "  !! " : "     ") + detail);
            }
        }

        private static string First(string sql)
        {
            var line = sql.ReplaceLineEndings(" ");
            return line.Length > 160 ? line[..160] + " …" : line;
        }
    }
}
