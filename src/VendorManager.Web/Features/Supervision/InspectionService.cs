using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Security;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// Inspections (检查) and their findings, the Supervisor's alone. Recording a finding opens its
/// rectification item, and its unit's users are told in the same save (<see cref="UnitOfOpenedRectification"/>).
/// Every write goes through <see cref="CommandPipeline"/>.
/// </summary>
public sealed class InspectionService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<InspectionForm> inspectionValidator,
    IValidator<FindingForm> findingValidator,
    CalendarService calendar,
    CurrentUser currentUser,
    IOptions<RectificationDeadlineOptions> deadlineOptions,
    TimeProvider clock,
    IStringLocalizer<SupervisionText> text,
    IStringLocalizer<PostsText> postsText,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>What a finding's deadline is when none is given, as the dialog says it: "15 working days from the day it is recorded".</summary>
    public string DefaultDeadlineHelp => deadlineOptions.Value.RectificationDeadlineUnit == DayCount.WorkingDays
        ? text["Help.DeadlineInWorkingDays", deadlineOptions.Value.RectificationDeadlineDays]
        : text["Help.Deadline", deadlineOptions.Value.RectificationDeadlineDays];

    /// <summary>The deadline of a finding recorded today unless the Supervisor sets another: the dialog's prefill.</summary>
    public async Task<Result<DateOnly>> DefaultDeadlineAsync(CancellationToken cancellationToken) =>
        SupervisionAccess.IsSupervisor(currentUser.Scope)
            ? Result<DateOnly>.Ok((await DefaultDeadlineRuleAsync(cancellationToken)).After(ChinaTime.Today(clock)))
            : Result<DateOnly>.Fail(shared["Message.Forbidden"]);

    public async Task<PagedResult<InspectionRow>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return PagedResult<InspectionRow>.Refused;
        }

        return await db.Inspections.AsNoTracking()
            .OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id)
            .Select(i => new InspectionRow(
                i.Id, i.InspectedOn, i.Inspectors, i.Accounts.Count, i.Findings.Count,
                i.Findings.Count(f => f.Rectification.Status != RectificationStatus.Verified)))
            .ToPageAsync(request, cancellationToken);
    }

    public async Task<Result<InspectionDetail>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return Result<InspectionDetail>.Fail(shared["Message.Forbidden"]);
        }

        var inspection = await db.Inspections.AsNoTracking().Include(i => i.Accounts).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (inspection is null)
        {
            return Result<InspectionDetail>.Fail(shared["Message.NotFound"]);
        }

        var accountIds = inspection.Accounts.Select(a => a.AccountId).ToList();
        var accounts = await AccountOptions(db, db.Accounts.Where(a => accountIds.Contains(a.Id))).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var findings = await db.Findings.AsNoTracking().Where(f => f.InspectionId == id)
            .OrderBy(f => f.Id)
            .Select(f => new
            {
                f.Id, f.AccountId, f.FoundOn, f.Category, f.Severity, f.Description, f.Evidence,
                Item = f.Rectification,
            })
            .ToListAsync(cancellationToken);
        var byId = accounts.ToDictionary(a => a.Id);
        var people = await People.NamesAsync(db, [inspection.RecordedBy], cancellationToken);
        return Result<InspectionDetail>.Ok(new InspectionDetail(
            inspection.Id, inspection.InspectedOn, inspection.Inspectors, inspection.Summary, people[inspection.RecordedBy], accounts,
            [.. findings.Select(f => new FindingRow(
                f.Id, f.AccountId, byId.GetValueOrDefault(f.AccountId)?.Name ?? string.Empty, byId.GetValueOrDefault(f.AccountId)?.HostUnitName ?? string.Empty,
                f.FoundOn, f.Category, f.Severity, f.Description, f.Evidence, f.Item.Id,
                f.Item.StateOn(today), f.Item.Deadline))],
            inspection.Version));
    }

    /// <summary>Every account that exists on a platform or is being filed, for the inspection form.</summary>
    public async Task<IReadOnlyList<AccountOption>> AccountsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return [];
        }

        return await AccountOptions(db, db.Accounts.Where(a => a.Status != AccountStatus.Cancelled)).ToListAsync(cancellationToken);
    }

    public async Task<Result<int>> CreateAsync(InspectionForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var validation = await inspectionValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var ids = form.AccountIds.Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.HostUnitId }).ToListAsync(cancellationToken);
        if (accounts.Count != ids.Count)
        {
            return Result<int>.Fail(shared["Message.NotFound"]);
        }

        var recorded = Inspection.Record(
            DateOnly.FromDateTime(form.InspectedOn!.Value), form.Inspectors, accounts.Select(a => (a.Id, a.HostUnitId)), form.Summary,
            db.Scope.UserName, clock.GetUtcNow());
        if (!recorded.Succeeded)
        {
            return Refused<int>(recorded.Refusal!);
        }

        db.Inspections.Add(recorded.Value!);
        var saved = await pipeline.SaveAsync(db, cancellationToken);
        return saved.Result.Succeeded ? Result<int>.Ok(recorded.Value!.Id) : Result<int>.Fail(saved.Result.Error!);
    }

    /// <summary>Records a finding, opens its rectification item and notifies the unit's users; returns the item's id.</summary>
    public async Task<Result<int>> AddFindingAsync(int inspectionId, FindingForm form, CancellationToken cancellationToken)
    {
        var validation = await findingValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var deadline = form.Deadline is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        var defaultDeadline = await DefaultDeadlineRuleAsync(cancellationToken);
        RuleResult<Finding>? found = null;
        var run = await pipeline.RunAsync(
            new Command<Inspection>(
                (db, ct) => db.Inspections.Include(i => i.Accounts).SingleOrDefaultAsync(i => i.Id == inspectionId, ct),
                (scope, _) => SupervisionAccess.IsSupervisor(scope),
                form.Version,
                (db, inspection, _) =>
                {
                    found = inspection.AddFinding(
                        form.AccountId!.Value, form.Category!.Value, form.Severity!.Value, form.Description, form.Evidence, deadline, defaultDeadline, db.Scope.UserName, clock.GetUtcNow());
                    // The findings are the inspection's record: its version moves with them.
                    db.Entry(inspection).State = EntityState.Modified;
                    return Task.FromResult<RuleResult>(found);
                },
                text),
            cancellationToken);
        if (found is { Succeeded: false })
        {
            return Refused<int>(found.Refusal!);
        }

        return run.Result.Succeeded ? Result<int>.Ok(found!.Value!.Rectification.Id) : Result<int>.Fail(run.Result.Error!);
    }

    /// <summary>
    /// Takes a machine-check hit in a published post into the inspection as a finding on the post's account (which the
    /// inspection must have checked): its category and severity follow the hit (<see cref="CheckCategories.Problem"/>),
    /// the description and evidence name the post, its address and the hit's text in the Supervisor's language. From
    /// there it is a finding like any other: its rectification item opens and the unit is told.
    /// </summary>
    public async Task<Result<int>> AddFindingFromHitAsync(int inspectionId, int hitId, int? version, CancellationToken cancellationToken)
    {
        FindingForm form;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!SupervisionAccess.IsSupervisor(db.Scope))
            {
                return Result<int>.Fail(shared["Message.Forbidden"]);
            }

            var found = await db.PublishedPosts.AsNoTracking()
                .SelectMany(p => p.Hits.Where(h => h.Id == hitId), (p, h) => new { p.AccountId, p.Title, p.Address, p.PublishedAt, h.Category, h.Found, h.RightForm })
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return Result<int>.Fail(shared["Message.NotFound"]);
            }

            var category = postsText["Category." + found.Category];
            var hit = found.RightForm is { } right ? text["FromHit.HitWithRightForm", found.Found, right] : text["FromHit.Hit", found.Found];
            form = new FindingForm
            {
                AccountId = found.AccountId,
                Category = found.Category.Problem(),
                Severity = found.Category.Severity(),
                Description = text["FromHit.Description", found.Title, category, hit],
                Evidence = text["FromHit.Evidence", found.Address, ChinaTime.ToChina(found.PublishedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), hit],
                Version = version,
            };
        }

        return await AddFindingAsync(inspectionId, form, cancellationToken);
    }

    private async Task<RectificationDeadline> DefaultDeadlineRuleAsync(CancellationToken cancellationToken) =>
        deadlineOptions.Value.On(await calendar.GetCalendarAsync(cancellationToken));

    // Filtered and ordered on the entity: EF cannot order by a member of a record built in the projection.
    private static IQueryable<AccountOption> AccountOptions(AppDbContext db, IQueryable<VendorManager.Domain.Accounts.Account> accounts) =>
        accounts.AsNoTracking()
            .OrderBy(a => db.HostUnits.Where(u => u.Id == a.HostUnitId).Select(u => u.Name).FirstOrDefault()).ThenBy(a => a.Name)
            .Select(a => new AccountOption(
                a.Id, a.Name, a.HostUnitId, db.HostUnits.Where(u => u.Id == a.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty, a.Platform));

    private Result<T> Refused<T>(Refusal refusal) => SupervisionAccess.FieldOf(refusal) is { Length: > 0 } field
        ? Result<T>.Invalid(field, text.Describe(refusal))
        : Result<T>.Fail(text.Describe(refusal));
}
