using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Accounts;

using Account = VendorManager.Domain.Accounts.Account;

/// <summary>What an import did: the rows stored, or every problem found (and then nothing stored).</summary>
public sealed record ActivityImportResult(int Stored, IReadOnlyList<CsvRowError> Errors, string? Error = null)
{
    public bool Succeeded => Error is null && Errors.Count == 0;
}

/// <summary>
/// Monthly activity (月度运维情况), entered by the host unit one month at a time or imported from a
/// CSV file. A month already recorded is corrected, not duplicated (one row per account and month).
/// Its writes go through <see cref="CommandPipeline"/>.
/// </summary>
public sealed class ActivityService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<ActivityForm> validator,
    TimeProvider clock,
    IStringLocalizer<AccountsText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>Largest file accepted (a county's accounts for a year are far below this).</summary>
    public const long MaxFileBytes = 1024 * 1024;

    public async Task<Result> RecordAsync(int accountId, ActivityForm form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        try
        {
            var run = await pipeline.RunAsync(
                new Command<Account>(
                    (db, ct) => db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, ct),
                    (scope, account) => OwnUnit(scope) == account.HostUnitId,
                    form.Version,
                    (db, account, ct) => RecordMonthAsync(db, account, form, ct),
                    text),
                cancellationToken);
            return run.Result;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Someone recorded the same month at the same moment.
            return Result.Fail(shared["Message.ConcurrencyConflict"]);
        }
    }

    /// <summary>
    /// The import's CSV file, ready to fill: its Chinese header and a line for each live publishing account of
    /// the unit, named by platform and platform id as the import reads them, for last month (the one a unit
    /// reports at the start of this one).
    /// </summary>
    public async Task<Result<ExportFile>> TemplateAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (OwnUnit(db.Scope) is not { } unitId)
        {
            return Result<ExportFile>.Fail(shared["Message.Forbidden"]);
        }

        var today = ChinaTime.Today(clock);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var accounts = await db.Accounts
            .Where(a => a.HostUnitId == unitId && a.Status == AccountStatus.Active && a.Platform != Platform.GovernmentApp && a.PlatformId != null)
            .OrderBy(a => a.Platform).ThenBy(a => a.Id)
            .Select(a => new { a.Platform, a.PlatformId })
            .ToListAsync(cancellationToken);
        var columns = MonthlyActivityCsv.Columns
            .Select((header, i) => new TableColumn<(Platform Platform, string PlatformId)>(header, a => i switch
            {
                0 => a.Platform.ChineseName(),
                1 => a.PlatformId,
                2 => lastMonth,
                _ => null,
            }))
            .ToList();
        return Result<ExportFile>.Ok(await TableExport.WriteAsync(
            Chinese.Text(text, "Import.TemplateFile"), TableFormat.Csv, columns, accounts.Select(a => (a.Platform, a.PlatformId!)), today, cancellationToken));
    }

    /// <summary>
    /// Imports a CSV file of the unit's publishing accounts. Every line is checked first (form, figures,
    /// the account: it exists, is this unit's, is a publishing account live that month); any problem
    /// rejects the whole file with each line's reason, and nothing is stored.
    /// </summary>
    public async Task<ActivityImportResult> ImportAsync(TextReader reader, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (OwnUnit(db.Scope) is not { } unitId)
        {
            return new ActivityImportResult(0, [], shared["Message.Forbidden"]);
        }

        var today = ChinaTime.Today(clock);
        var read = MonthlyActivityCsv.Read(reader, today);
        if (!read.Succeeded)
        {
            return new ActivityImportResult(0, read.Errors);
        }

        var platformIds = read.Rows.Select(r => r.PlatformId).Distinct().ToList();
        // Outside the scope on purpose, only to tell "not this unit's" from "no such account"; tracked, as
        // the unit's own accounts take their last post date from the months imported.
        var named = await db.Accounts.IgnoreQueryFilters().Where(a => a.PlatformId != null && platformIds.Contains(a.PlatformId))
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var accounts = named.ToLookup(a => (a.Platform, a.PlatformId!));
        var ids = named.Where(a => a.HostUnitId == unitId).Select(a => a.Id).ToList();
        // Every month of the unit's accounts the file names (the unit's own only, by the data scope), not just the
        // file's: the last post date is the latest of them all.
        var recorded = await db.MonthlyActivities.Where(m => ids.Contains(m.AccountId)).ToListAsync(cancellationToken);
        var existing = recorded.ToDictionary(m => (m.AccountId, m.Month));

        var errors = new List<CsvRowError>();
        var imported = new HashSet<Account>();
        foreach (var row in read.Rows)
        {
            var platform = text["Platform." + row.Platform].Value;
            var candidates = accounts[(row.Platform, row.PlatformId)].ToList();
            // An id the unit recorded twice (an account closed and opened again) means its live account.
            var account = candidates.Where(a => a.HostUnitId == unitId).OrderByDescending(a => a.Status == AccountStatus.Active).FirstOrDefault();
            if (candidates.Count == 0)
            {
                errors.Add(new CsvRowError(row.Line, text["Import.NoSuchAccount", platform, row.PlatformId]));
                continue;
            }

            if (account is null)
            {
                errors.Add(new CsvRowError(row.Line, text["Import.NotOwnAccount", platform, row.PlatformId]));
                continue;
            }

            if (!account.Platform.IsPublishing())
            {
                errors.Add(new CsvRowError(row.Line, text["Import.NotPublishing", platform, row.PlatformId]));
                continue;
            }

            RuleResult outcome;
            imported.Add(account);
            if (existing.TryGetValue((account.Id, MonthlyActivity.MonthOf(row.Month)), out var record))
            {
                outcome = record.CorrectPublishing(account, row.Posts, row.LastPostOn, row.MessagesReceived, row.MessagesAnswered, today);
            }
            else
            {
                var created = MonthlyActivity.ForPublishing(account, row.Month, row.Posts, row.LastPostOn, row.MessagesReceived, row.MessagesAnswered, today);
                if (created.Succeeded)
                {
                    db.MonthlyActivities.Add(created.Value!);
                    recorded.Add(created.Value!);
                }

                outcome = created;
            }

            if (!outcome.Succeeded)
            {
                errors.Add(new CsvRowError(row.Line, text.Describe(outcome.Refusal!)));
            }
        }

        if (errors.Count > 0)
        {
            // Nothing of a bad file is kept: the context is dropped unsaved.
            return new ActivityImportResult(0, errors);
        }

        var published = await Publications.LatestAsync(db, [.. imported.Select(a => a.Id)], cancellationToken);
        foreach (var account in imported)
        {
            account.UpdateLastPost(recorded, published.TryGetValue(account.Id, out var at) ? at : null);
        }

        try
        {
            var saved = await pipeline.SaveAsync(db, cancellationToken);
            return saved.Result.Succeeded ? new ActivityImportResult(read.Rows.Count, []) : new ActivityImportResult(0, [], saved.Result.Error);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return new ActivityImportResult(0, [], shared["Message.ConcurrencyConflict"]);
        }
    }

    /// <summary>Records or corrects the month; the account's last post date follows, and its version moves with every month recorded.</summary>
    private async Task<RuleResult> RecordMonthAsync(AppDbContext db, Account account, ActivityForm form, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var month = MonthlyActivity.MonthOf(DateOnly.FromDateTime(form.Month!.Value));
        var lastPost = form.LastPostOn is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        var months = await db.MonthlyActivities.Where(m => m.AccountId == account.Id).ToListAsync(cancellationToken);
        var existing = months.SingleOrDefault(m => m.Month == month);
        RuleResult recorded;
        if (existing is not null)
        {
            recorded = account.Platform.IsPublishing()
                ? existing.CorrectPublishing(account, form.Posts, lastPost, form.MessagesReceived, form.MessagesAnswered, today)
                : existing.CorrectGovernmentApp(account, form.AppUsable, today);
        }
        else
        {
            var created = account.Platform.IsPublishing()
                ? MonthlyActivity.ForPublishing(account, month, form.Posts, lastPost, form.MessagesReceived, form.MessagesAnswered, today)
                : MonthlyActivity.ForGovernmentApp(account, month, form.AppUsable, today);
            if (created.Succeeded)
            {
                db.MonthlyActivities.Add(created.Value!);
                months.Add(created.Value!);
            }

            recorded = created;
        }

        if (recorded.Succeeded)
        {
            var published = await Publications.LatestAsync(db, [account.Id], cancellationToken);
            account.UpdateLastPost(months, published.TryGetValue(account.Id, out var at) ? at : null);
            db.Entry(account).State = EntityState.Modified;
        }

        return recorded;
    }

    private static int? OwnUnit(UserScope scope) => scope.IsInRole(Roles.HostUnit) ? scope.HostUnitId : null;
}
