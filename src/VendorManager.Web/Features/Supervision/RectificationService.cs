using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// The rectification list (整改清单): the Supervisor sees every unit's items and verifies or returns
/// submissions; a HostUnit user sees its own unit's (the data scope) and submits what it did with
/// evidence; an Agency user reads the items on the accounts it runs. Each step tells the other side
/// through the notifier, in the same save.
/// </summary>
public sealed class RectificationService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<SubmitForm> submitValidator,
    IValidator<ReturnRectificationForm> returnValidator,
    ScanStore files,
    INotifier notifier,
    TimeProvider clock,
    IStringLocalizer<SupervisionText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The folder of rectification evidence (整改佐证材料) in the data folder.</summary>
    public const string EvidenceArea = "rectifications";

    public async Task<PagedResult<RectificationRow>> ListAsync(RectificationFilter filter, PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.SeesRectifications(db.Scope))
        {
            return PagedResult<RectificationRow>.Refused;
        }

        var today = ChinaTime.Today(clock);
        var query = Filtered(Visible(db), filter, today);
        // Most urgent first: those the unit still owes by deadline, then the rest, newest first.
        var rows = await query
            .Join(db.Findings, r => r.FindingId, f => f.Id, (r, f) => new { r, f.Severity, f.FoundOn })
            .OrderBy(x => x.r.Status == RectificationStatus.Open || x.r.Status == RectificationStatus.Returned ? 0 : x.r.Status == RectificationStatus.Submitted ? 1 : 2)
            .ThenBy(x => x.r.Deadline).ThenByDescending(x => x.r.Id)
            .Select(x => new
            {
                x.r.Id,
                Unit = db.HostUnits.Where(u => u.Id == x.r.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                Account = db.Accounts.Where(a => a.Id == x.r.AccountId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                x.r.Category,
                x.Severity,
                x.FoundOn,
                x.r.Deadline,
                x.r.Status,
            })
            .ToPageAsync(request, cancellationToken);
        return new PagedResult<RectificationRow>(
            [.. rows.Items.Select(r => new RectificationRow(
                r.Id, r.Unit, r.Account, r.Category, r.Severity, r.FoundOn, r.Deadline,
                SupervisionAccess.StateOf(r.Status, r.Deadline, today), r.Deadline.DayNumber - today.DayNumber))],
            rows.TotalCount);
    }

    /// <summary>
    /// The items the user may read, as SQL. The data scope gives the Supervisor all and a unit its own. An
    /// agency is bound to no unit, so its items are chosen here: those on an account that one of its own
    /// contracts covered in the month of the finding, i.e. a contract that took effect and whose period
    /// overlaps that month. IgnoreQueryFilters holds for the whole query (every join and lookup built on
    /// it), so the agency's own contracts are named explicitly rather than left to the filter.
    /// </summary>
    internal static IQueryable<RectificationItem> Visible(AppDbContext db)
    {
        if (SupervisionAccess.OwnAgency(db.Scope) is not { } agencyId)
        {
            return db.RectificationItems.AsNoTracking();
        }

        var covering = db.Contracts.Where(c => c.AgencyId == agencyId && c.State != ContractState.Draft && c.State != ContractState.UnderReview
            && c.State != ContractState.Withdrawn && c.State != ContractState.Signed);
        return db.RectificationItems.IgnoreQueryFilters().AsNoTracking()
            .Where(r => db.Findings.IgnoreQueryFilters().Any(f => f.Id == r.FindingId
                && covering.Any(c => c.Accounts.Any(a => a.AccountId == r.AccountId)
                    && c.StartDate.Year * 12 + c.StartDate.Month <= f.FoundOn.Year * 12 + f.FoundOn.Month
                    && c.EndDate.Year * 12 + c.EndDate.Month >= f.FoundOn.Year * 12 + f.FoundOn.Month)));
    }

    /// <summary>
    /// How many items stand in each state, in one grouped query (the home pages): the states of
    /// <see cref="Filtered"/>, from the status and whether the deadline has passed (an open or returned
    /// item past it is Overdue). Tested to agree with the list's counts.
    /// </summary>
    internal static async Task<IReadOnlyDictionary<RectificationState, int>> CountByStateAsync(
        IQueryable<RectificationItem> query, DateOnly today, CancellationToken cancellationToken)
    {
        var byStatus = await query.GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Late = g.Count(r => r.Deadline < today) })
            .ToListAsync(cancellationToken);
        int Count(RectificationStatus status, bool? late = null) => byStatus.Where(x => x.Status == status)
            .Sum(x => late switch { null => x.Count, true => x.Late, false => x.Count - x.Late });
        return new Dictionary<RectificationState, int>
        {
            [RectificationState.Open] = Count(RectificationStatus.Open, late: false),
            [RectificationState.Submitted] = Count(RectificationStatus.Submitted),
            [RectificationState.Verified] = Count(RectificationStatus.Verified),
            [RectificationState.Returned] = Count(RectificationStatus.Returned, late: false),
            [RectificationState.Overdue] = Count(RectificationStatus.Open, late: true) + Count(RectificationStatus.Returned, late: true),
        };
    }

    /// <summary>The list's filters as SQL; Overdue and Open are told apart by the deadline.</summary>
    internal static IQueryable<RectificationItem> Filtered(IQueryable<RectificationItem> query, RectificationFilter filter, DateOnly today)
    {
        if (filter.HostUnitId is { } unit)
        {
            query = query.Where(r => r.HostUnitId == unit);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(r => r.Category == category);
        }

        return filter.State switch
        {
            RectificationState.Overdue => query.Where(r => (r.Status == RectificationStatus.Open || r.Status == RectificationStatus.Returned) && r.Deadline < today),
            RectificationState.Open => query.Where(r => r.Status == RectificationStatus.Open && r.Deadline >= today),
            RectificationState.Returned => query.Where(r => r.Status == RectificationStatus.Returned && r.Deadline >= today),
            RectificationState.Submitted => query.Where(r => r.Status == RectificationStatus.Submitted),
            RectificationState.Verified => query.Where(r => r.Status == RectificationStatus.Verified),
            _ => query,
        };
    }

    public async Task<Result<RectificationDetail>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.SeesRectifications(db.Scope))
        {
            return Result<RectificationDetail>.Fail(shared["Message.Forbidden"]);
        }

        var r = await Visible(db).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        // The item is the user's; its finding and names are read by id, past the unit filter an agency would meet.
        var finding = r is null ? null : await db.Findings.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(f => f.Id == r.FindingId, cancellationToken);
        if (r is null || finding is null)
        {
            return Result<RectificationDetail>.Fail(shared["Message.NotFound"]);
        }

        var unit = await db.HostUnits.IgnoreQueryFilters().Where(u => u.Id == r.HostUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var account = await db.Accounts.IgnoreQueryFilters().Where(a => a.Id == r.AccountId).Select(a => a.Name).SingleAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        return Result<RectificationDetail>.Ok(new RectificationDetail(
            r.Id, r.HostUnitId, unit, account, finding.FoundOn, r.Category, finding.Severity, finding.Description, finding.Evidence,
            r.OpenedOn, r.Deadline, r.StateOn(today), r.DaysLeftOn(today), r.Explanation, r.EvidenceOriginalName,
            r.SubmittedBy, r.SubmittedAt, r.VerifiedBy, r.VerifiedAt, r.ReturnReason, r.ReturnedBy, r.ReturnedAt, r.ReturnCount, r.Version));
    }

    /// <summary>
    /// The unit's submission: explanation and evidence (a new file, or the one already attached to a
    /// returned submission). The Supervisors are told. A file stored for a save that fails is removed.
    /// </summary>
    public async Task<Result> SubmitAsync(int id, SubmitForm form, ScanUpload? upload, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (SupervisionAccess.OwnUnit(db.Scope) is not { } unitId)
        {
            return Result.Fail(shared["Message.Forbidden"]);
        }

        var validation = await submitValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var item = await db.RectificationItems.SingleOrDefaultAsync(r => r.Id == id && r.HostUnitId == unitId, cancellationToken);
        if (item is null)
        {
            return Result.Fail(shared["Message.NotFound"]);
        }

        StoredFile? evidence = null;
        if (upload is not null)
        {
            var (file, refusal) = await files.StoreAsync(EvidenceArea, upload, cancellationToken);
            if (file is null)
            {
                return Result.Invalid(SubmitFormValidator.EvidenceField, files.Describe(refusal!.Value));
            }

            evidence = file;
        }

        var submitted = item.Submit(form.Explanation, evidence, db.Scope.UserName, clock.GetUtcNow());
        if (!submitted.Succeeded)
        {
            Discard(evidence);
            return Refused(submitted.Refusal!, typeof(SubmitForm));
        }

        var names = await NamesAsync(db, item, cancellationToken);
        await notifier.NotifyAsync(db, Recipients.Supervisors,
            RectificationMessages.Submitted(item.Id, item.ReturnCount + 1, names.Unit, names.Account, item.Category), cancellationToken);
        db.Entry(item).Property(r => r.Version).OriginalValue = form.Version;
        var saved = await SaveAsync(db, cancellationToken);
        if (!saved.Succeeded)
        {
            Discard(evidence);
        }

        return saved;
    }

    /// <summary>The Supervisor confirms the rectification (整改到位).</summary>
    public async Task<Result> VerifyAsync(int id, int version, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return Result.Fail(shared["Message.Forbidden"]);
        }

        var item = await db.RectificationItems.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (item is null)
        {
            return Result.Fail(shared["Message.NotFound"]);
        }

        var verified = item.Verify(db.Scope.UserName, clock.GetUtcNow());
        if (!verified.Succeeded)
        {
            return Result.Fail(text.Describe(verified.Refusal!));
        }

        db.Entry(item).Property(r => r.Version).OriginalValue = version;
        return await SaveAsync(db, cancellationToken);
    }

    /// <summary>The Supervisor sends the submission back with a reason (and maybe a new deadline); the unit's users are told.</summary>
    public async Task<Result> ReturnAsync(int id, ReturnRectificationForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return Result.Fail(shared["Message.Forbidden"]);
        }

        var validation = await returnValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var item = await db.RectificationItems.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (item is null)
        {
            return Result.Fail(shared["Message.NotFound"]);
        }

        var newDeadline = form.NewDeadline is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        var returned = item.Return(form.Reason, newDeadline, db.Scope.UserName, clock.GetUtcNow());
        if (!returned.Succeeded)
        {
            return returned.Refusal!.Code == "Rectification.DeadlineBeforeToday"
                ? Result.Invalid(nameof(ReturnRectificationForm.NewDeadline), text.Describe(returned.Refusal))
                : Refused(returned.Refusal!, typeof(ReturnRectificationForm));
        }

        var names = await NamesAsync(db, item, cancellationToken);
        await notifier.NotifyAsync(db, Recipients.UnitUsers(item.HostUnitId),
            RectificationMessages.Returned(item.Id, item.ReturnCount, names.Account, item.Category, item.ReturnReason!), cancellationToken);
        db.Entry(item).Property(r => r.Version).OriginalValue = form.Version;
        return await SaveAsync(db, cancellationToken);
    }

    /// <summary>The evidence file, if the user's data scope sees the item; null otherwise (the endpoint answers 404 either way).</summary>
    public async Task<ScanDownload?> OpenEvidenceAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.SeesRectifications(db.Scope))
        {
            return null;
        }

        var r = await Visible(db)
            .Where(r => r.Id == id && r.EvidenceStoredName != null)
            .Select(r => new { r.EvidenceStoredName, r.EvidenceContentType, r.EvidenceOriginalName })
            .SingleOrDefaultAsync(cancellationToken);
        if (r is null || files.OpenRead(EvidenceArea, r.EvidenceStoredName!) is not { } stream)
        {
            return null;
        }

        return new ScanDownload(stream, r.EvidenceContentType!, r.EvidenceOriginalName ?? r.EvidenceStoredName!);
    }

    private static async Task<(string Unit, string Account)> NamesAsync(AppDbContext db, RectificationItem item, CancellationToken cancellationToken)
    {
        var unit = await db.HostUnits.Where(u => u.Id == item.HostUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var account = await db.Accounts.Where(a => a.Id == item.AccountId).Select(a => a.Name).SingleAsync(cancellationToken);
        return (unit, account);
    }

    private async Task<Result> SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok();
        }
        catch (Exception e) when (SaveRefusal.Applies(e))
        {
            return Result.Fail(SaveRefusal.Describe(e, shared));
        }
    }

    private void Discard(StoredFile? evidence) => files.Delete(EvidenceArea, evidence?.StoredName);

    private Result Refused(Refusal refusal, Type form) =>
        SupervisionAccess.FieldOf(refusal) is { Length: > 0 } field && (form.GetProperty(field) is not null || field == SubmitFormValidator.EvidenceField)
            ? Result.Invalid(field, text.Describe(refusal))
            : Result.Fail(text.Describe(refusal));
}
