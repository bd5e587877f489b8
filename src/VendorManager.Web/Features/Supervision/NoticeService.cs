using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Monitoring;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// Public notices (通报): drafted (pre-filled from the rectification list), revised, issued and printed by the
/// Supervisor alone; once issued, read by the units and agencies they name.
/// </summary>
public sealed class NoticeService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<NoticeForm> validator,
    TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<NoticeNumberingOptions> numbering,
    IStringLocalizer<SupervisionText> text,
    IStringLocalizer<SharedText> shared,
    MonitoringReportService monitoring)
{
    /// <summary>The county office's notices; for a unit or an agency, the issued ones that name it.</summary>
    public async Task<PagedResult<NoticeRow>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Scope.Has(Permissions.Supervise) && !db.Scope.Has(Permissions.ReadNamedNotices))
        {
            return PagedResult<NoticeRow>.Refused;
        }

        return await Readable(db).AsNoTracking().OrderByDescending(n => n.DraftedAt).ThenByDescending(n => n.Id)
            .Select(n => new NoticeRow(n.Id, n.Title, n.PeriodFrom, n.PeriodTo, n.Status, n.IssuedOn, n.Entries.Count))
            .ToPageAsync(request, cancellationToken);
    }

    /// <summary>
    /// A new draft for the period up to today: every unit with overdue or returned items, with those
    /// items as its reasons, and every unit the last full month's monitoring report found publishing without
    /// review or silent past the two-week rule. Nothing is saved until the Supervisor saves the form.
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

        var waiting = await db.RectificationItems.AsNoTracking()
            .Where(r => r.Status == RectificationStatus.Open || r.Status == RectificationStatus.Returned)
            .Select(r => new
            {
                Item = r,
                Unit = db.HostUnits.Where(u => u.Id == r.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                Account = db.Accounts.Where(a => a.Id == r.AccountId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
            })
            .ToListAsync(cancellationToken);
        var candidates = waiting.Select(w => new NoticeCandidate(
            w.Item.HostUnitId, w.Unit, w.Account, w.Item.Category, w.Item.Deadline, w.Item.StateOn(today), w.Item.ReturnCount));
        var report = await monitoring.BuildAsync(null, today.AddMonths(-1), cancellationToken);
        var monitored = (report?.Units ?? []).SelectMany(u => u.Accounts).Select(a => new MonitoringCandidate(
            a.HostUnitId, a.HostUnitName, a.AccountName, report!.Month, a.Month.Unreviewed, a.Month.LongestGapDays, a.Month.GapBreached));
        form.Entries = [.. NoticePrefill.From(candidates, monitored, PrefillWords()).Select(e => new NoticeEntryForm
        {
            Party = e.Party, HostUnitId = e.HostUnitId, AgencyId = e.AgencyId, Named = e.Named ?? string.Empty, Reasons = e.Reasons ?? string.Empty,
        })];
        return form;
    }

    /// <summary>The pre-fill's sentences in the reader's language.</summary>
    private PrefillWords PrefillWords() => new(
        text["Prefill.Overdue"],
        text["Prefill.Returned"],
        text["Prefill.Item"],
        text["Prefill.Monitoring"],
        text["Prefill.Unreviewed"],
        text["Prefill.UnreviewedAccount"],
        text["Prefill.Silent"],
        text["Prefill.SilentAccount"],
        text["Prefill.ListSeparator"],
        text["Prefill.FindingSeparator"],
        text["Prefill.SentenceEnd"],
        c => text["Category." + c]);

    /// <summary>
    /// A notice with what this user may press on it: any notice for the county office; for a unit or an agency,
    /// an issued notice that names it, read only. Any other is not found, so a draft's existence stays the
    /// county office's.
    /// </summary>
    public async Task<Result<NoticeView>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var n = await Readable(db).AsNoTracking().Include(n => n.Entries).SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (n is null)
        {
            return Result<NoticeView>.Fail(shared["Message.NotFound"]);
        }

        var county = SupervisionAccess.IsSupervisor(db.Scope);
        return Result<NoticeView>.Ok(new NoticeView(
            n.Id, n.Title, n.PeriodFrom, n.PeriodTo, n.Status, n.IssuedOn,
            [.. n.Entries.OrderBy(e => e.Position).Select(e => new NoticeEntryView(e.Party, e.Named, e.Reasons))], n.Version,
            [.. n.Actions().Where(a => a.CanFire && county).Select(a => a.Trigger)],
            n.DocumentNumber,
            n.IssuedBy,
            county ? await ReadingsAsync(db, n, cancellationToken) : [],
            n.ReplyDueOn,
            await NoticeReplyService.OfNoticeAsync(db, n.Id, ChinaTime.Today(clock), cancellationToken)));
    }

    /// <summary>
    /// Records that this user opened the issued notice (its read receipt), the first time only. Only a user
    /// of a unit or an agency the notice names leaves one; to anyone else the notice is not found.
    /// </summary>
    public async Task<Result> AcknowledgeAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = db.Scope;
        if (!scope.Has(Permissions.ReadNamedNotices) || scope.UserId is not { } userId)
        {
            return Result.Fail(shared["Message.Forbidden"]);
        }

        var notice = await Readable(db).AsNoTracking().Include(n => n.Entries).SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        var receipt = notice is null
            ? null
            : NoticeReceipt.Of(notice, userId, scope.UserName, SupervisionAccess.OwnUnit(scope), SupervisionAccess.OwnAgency(scope), clock.GetUtcNow());
        if (receipt is null)
        {
            return Result.Fail(shared["Message.NotFound"]);
        }

        if (await db.NoticeReceipts.AnyAsync(r => r.PublicNoticeId == id && r.UserId == userId, cancellationToken))
        {
            return Result.Ok();
        }

        db.NoticeReceipts.Add(receipt);
        return (await pipeline.SaveAsync(db, cancellationToken)).Result;
    }

    /// <summary>For the county office: each unit and agency the notice names, with who of it has read it and when.</summary>
    private static async Task<IReadOnlyList<NoticeReadingView>> ReadingsAsync(AppDbContext db, PublicNotice notice, CancellationToken cancellationToken)
    {
        var receipts = await db.NoticeReceipts.AsNoTracking().Where(r => r.PublicNoticeId == notice.Id).OrderBy(r => r.ReadAt)
            .Select(r => new { r.HostUnitId, r.AgencyId, r.UserName, r.ReadAt })
            .ToListAsync(cancellationToken);
        return [.. notice.Entries.OrderBy(e => e.Position).DistinctBy(e => (e.HostUnitId, e.AgencyId))
            .Select(e => new NoticeReadingView(
                e.Named,
                [.. receipts.Where(r => (e.HostUnitId != null && r.HostUnitId == e.HostUnitId) || (e.AgencyId != null && r.AgencyId == e.AgencyId))
                    .Select(r => new NoticeReaderView(r.UserName, r.ReadAt))]))];
    }

    /// <summary>
    /// The notices this user may read: all for the county office; for a unit or an agency, the issued ones
    /// naming it (通报 are addressed to them); none for anyone else.
    /// </summary>
    private static IQueryable<PublicNotice> Readable(AppDbContext db)
    {
        var scope = db.Scope;
        if (SupervisionAccess.IsSupervisor(scope))
        {
            return db.PublicNotices;
        }

        var unit = SupervisionAccess.OwnUnit(scope);
        var agency = SupervisionAccess.OwnAgency(scope);
        return db.PublicNotices.Where(n => n.Status == NoticeStatus.Issued
            && n.Entries.Any(e => (unit != null && e.HostUnitId == unit) || (agency != null && e.AgencyId == agency)));
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
        var saved = await pipeline.SaveAsync(db, cancellationToken);
        return saved.Result.Succeeded ? Result<int>.Ok(drafted.Value!.Id) : Result<int>.Fail(saved.Result.Error!);
    }

    public async Task<Result> UpdateAsync(int id, NoticeForm form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        return validation.IsValid
            ? await ChangeAsync(id, form.Version, notice => notice.Revise(form.Title, Date(form.PeriodFrom), Date(form.PeriodTo), Entries(form)), cancellationToken)
            : Result.Invalid(validation);
    }

    /// <summary>
    /// Marks the notice issued today by this user, with the next document number (文号) of the year; it never
    /// changes afterwards, and those it names are told (<see cref="NamedPartiesOfIssuedNotice"/>). With
    /// <paramref name="replyDueOn"/>, every unit it names owes a rectification reply (整改回复) by that day.
    /// </summary>
    public Task<Result> IssueAsync(int id, int version, DateOnly? replyDueOn, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        return ChangeAsync(
            id,
            version,
            async (db, notice, ct) =>
            {
                var issued = notice.Issue(
                    today,
                    db.Scope.UserName,
                    numbering.Value.NoticeNumberPrefix.Trim(),
                    await db.PublicNotices.Where(n => n.NumberYear == today.Year).MaxAsync(n => n.NumberSequence, ct),
                    replyDueOn);
                db.NoticeReplies.AddRange(issued.Succeeded ? NoticeReply.RequiredBy(notice) : []);
                return issued;
            },
            cancellationToken);
    }

    /// <summary>Issues the notice asking for no rectification reply.</summary>
    public Task<Result> IssueAsync(int id, int version, CancellationToken cancellationToken) => IssueAsync(id, version, null, cancellationToken);

    private Task<Result> ChangeAsync(int id, int version, Func<PublicNotice, RuleResult> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, (_, notice, _) => Task.FromResult(change(notice)), cancellationToken);

    private async Task<Result> ChangeAsync(
        int id, int version, Func<AppDbContext, PublicNotice, CancellationToken, Task<RuleResult>> change, CancellationToken cancellationToken) =>
        (await pipeline.RunAsync(
            new Command<PublicNotice>(
                (db, ct) => db.PublicNotices.Include(n => n.Entries).SingleOrDefaultAsync(n => n.Id == id, ct),
                (scope, _) => SupervisionAccess.IsSupervisor(scope),
                version,
                (db, notice, ct) =>
                {
                    // Replacing the entries alone leaves the notice's own row unchanged; its version must still move.
                    db.Entry(notice).State = EntityState.Modified;
                    return change(db, notice, ct);
                },
                text),
            cancellationToken)).Result;

    private static DateOnly Date(DateTime? value) => DateOnly.FromDateTime(value!.Value);

    private static IEnumerable<NoticeEntryDraft> Entries(NoticeForm form) =>
        form.Entries.Select(e => new NoticeEntryDraft(e.Party, e.HostUnitId, e.AgencyId, e.Named, e.Reasons));
}
