using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
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

        var ids = read.Rows.Select(r => r.AccountId).Distinct().ToList();
        // Outside the scope on purpose, only to tell "not this unit's" from "no such account"; tracked, as
        // the unit's own accounts take their last post date from the months imported.
        var accounts = await db.Accounts.IgnoreQueryFilters().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        // Every month of these accounts (the unit's own only, by the data scope), not just the file's: the
        // last post date is the latest of them all.
        var recorded = await db.MonthlyActivities.Where(m => ids.Contains(m.AccountId)).ToListAsync(cancellationToken);
        var existing = recorded.ToDictionary(m => (m.AccountId, m.Month));

        var errors = new List<CsvRowError>();
        foreach (var row in read.Rows)
        {
            if (!accounts.TryGetValue(row.AccountId, out var account))
            {
                errors.Add(new CsvRowError(row.Line, text["Import.NoSuchAccount", row.AccountId]));
                continue;
            }

            if (account.HostUnitId != unitId)
            {
                errors.Add(new CsvRowError(row.Line, text["Import.NotOwnAccount", row.AccountId]));
                continue;
            }

            if (!account.Platform.IsPublishing())
            {
                errors.Add(new CsvRowError(row.Line, text["Import.NotPublishing", row.AccountId]));
                continue;
            }

            RuleResult outcome;
            if (existing.TryGetValue((row.AccountId, MonthlyActivity.MonthOf(row.Month)), out var record))
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

        foreach (var id in ids)
        {
            accounts[id].UpdateLastPost(recorded);
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
            account.UpdateLastPost(months);
            db.Entry(account).State = EntityState.Modified;
        }

        return recorded;
    }

    private static int? OwnUnit(UserScope scope) => scope.IsInRole(Roles.HostUnit) ? scope.HostUnitId : null;
}
