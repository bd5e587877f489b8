using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>Public notices (通报): drafted (pre-filled from the rectification list), revised, issued, printed. The Supervisor's alone.</summary>
public sealed class NoticeService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<NoticeForm> validator,
    TimeProvider clock,
    IStringLocalizer<SupervisionText> text,
    IStringLocalizer<SharedText> shared)
{
    public async Task<PagedResult<NoticeRow>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return PagedResult<NoticeRow>.Refused;
        }

        return await db.PublicNotices.AsNoTracking().OrderByDescending(n => n.DraftedAt).ThenByDescending(n => n.Id)
            .Select(n => new NoticeRow(n.Id, n.Title, n.PeriodFrom, n.PeriodTo, n.Status, n.IssuedOn, n.Entries.Count))
            .ToPageAsync(request, cancellationToken);
    }

    /// <summary>
    /// A new draft for the period up to today: every unit with overdue or returned items, with those
    /// items as its reasons. Nothing is saved until the Supervisor saves the form.
    /// </summary>
    public async Task<NoticeForm> PrefillAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var form = new NoticeForm
        {
            Title = text["Notice.DefaultTitle"],
            PeriodFrom = today.AddMonths(-3).ToDateTime(TimeOnly.MinValue),
            PeriodTo = today.ToDateTime(TimeOnly.MinValue),
        };
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return form;
        }

        var candidates = await db.RectificationItems.AsNoTracking()
            .Where(r => r.Status == RectificationStatus.Open || r.Status == RectificationStatus.Returned)
            .Select(r => new NoticeCandidate(
                r.HostUnitId,
                db.HostUnits.Where(u => u.Id == r.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                db.Accounts.Where(a => a.Id == r.AccountId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                r.Category, r.Deadline, r.Status, r.ReturnCount))
            .ToListAsync(cancellationToken);
        form.Entries = [.. NoticePrefill.From(candidates, today).Select(e => new NoticeEntryForm
        {
            Party = e.Party, HostUnitId = e.HostUnitId, AgencyId = e.AgencyId, Named = e.Named ?? string.Empty, Reasons = e.Reasons ?? string.Empty,
        })];
        return form;
    }

    public async Task<Result<NoticeView>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return Result<NoticeView>.Fail(shared["Message.Forbidden"]);
        }

        var n = await db.PublicNotices.AsNoTracking().Include(n => n.Entries).SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        return n is null
            ? Result<NoticeView>.Fail(shared["Message.NotFound"])
            : Result<NoticeView>.Ok(new NoticeView(
                n.Id, n.Title, n.PeriodFrom, n.PeriodTo, n.Status, n.IssuedOn,
                [.. n.Entries.OrderBy(e => e.Position).Select(e => new NoticeEntryView(e.Party, e.Named, e.Reasons))], n.Version));
    }

    public async Task<Result<NoticeForm>> GetFormAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return Result<NoticeForm>.Fail(shared["Message.Forbidden"]);
        }

        var n = await db.PublicNotices.AsNoTracking().Include(n => n.Entries).SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        return n is null
            ? Result<NoticeForm>.Fail(shared["Message.NotFound"])
            : Result<NoticeForm>.Ok(new NoticeForm
            {
                Title = n.Title,
                PeriodFrom = n.PeriodFrom.ToDateTime(TimeOnly.MinValue),
                PeriodTo = n.PeriodTo.ToDateTime(TimeOnly.MinValue),
                Entries = [.. n.Entries.OrderBy(e => e.Position).Select(e => new NoticeEntryForm
                {
                    Party = e.Party, HostUnitId = e.HostUnitId, AgencyId = e.AgencyId, Named = e.Named, Reasons = e.Reasons,
                })],
                Version = n.Version,
            });
    }

    public async Task<Result<int>> CreateAsync(NoticeForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var drafted = PublicNotice.Draft(form.Title, Date(form.PeriodFrom), Date(form.PeriodTo), Entries(form), db.Scope.UserName, clock.GetUtcNow());
        if (!drafted.Succeeded)
        {
            return Result<int>.Fail(text.Describe(drafted.Refusal!));
        }

        db.PublicNotices.Add(drafted.Value!);
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Ok(drafted.Value!.Id);
    }

    public Task<Result> UpdateAsync(int id, NoticeForm form, CancellationToken cancellationToken) =>
        ChangeAsync(id, form.Version, async notice =>
        {
            var validation = await validator.ValidateAsync(form, cancellationToken);
            return validation.IsValid
                ? notice.Revise(form.Title, Date(form.PeriodFrom), Date(form.PeriodTo), Entries(form))
                : (RuleResult?)null;
        }, form, cancellationToken);

    /// <summary>Marks the notice issued today; it never changes afterwards.</summary>
    public Task<Result> IssueAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, notice => Task.FromResult<RuleResult?>(notice.Issue(ChinaTime.Today(clock))), null, cancellationToken);

    private async Task<Result> ChangeAsync(int id, int version, Func<PublicNotice, Task<RuleResult?>> change, NoticeForm? form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return Result.Fail(shared["Message.Forbidden"]);
        }

        var notice = await db.PublicNotices.Include(n => n.Entries).SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return Result.Fail(shared["Message.NotFound"]);
        }

        var changed = await change(notice);
        if (changed is null)
        {
            return Result.Invalid(await validator.ValidateAsync(form!, cancellationToken));
        }

        if (!changed.Succeeded)
        {
            return Result.Fail(text.Describe(changed.Refusal!));
        }

        db.Entry(notice).Property(n => n.Version).OriginalValue = version;
        // Replacing the entries alone leaves the notice's own row unchanged; its version must still move.
        db.Entry(notice).State = EntityState.Modified;
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

    private static DateOnly Date(DateTime? value) => DateOnly.FromDateTime(value!.Value);

    private static IEnumerable<NoticeEntryDraft> Entries(NoticeForm form) =>
        form.Entries.Select(e => new NoticeEntryDraft(e.Party, e.HostUnitId, e.AgencyId, e.Named, e.Reasons));
}
