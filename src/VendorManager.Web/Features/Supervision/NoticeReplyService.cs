using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// Rectification replies (整改回复) to issued notices: the unit a notice asks writes its reply (with a scan if it has
/// one) and writes it again when returned; the county office sees each unit's reply and accepts or returns it. Each
/// step tells the other side in the same save.
/// </summary>
public sealed class NoticeReplyService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<SubmitForm> replyValidator,
    IValidator<ReturnRectificationForm> returnValidator,
    ScanStore files,
    INotifier notifier,
    CalendarService calendar,
    Microsoft.Extensions.Options.IOptions<NoticeReplyOptions> options,
    TimeProvider clock,
    IStringLocalizer<SupervisionText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The folder of the replies' scans in the data folder.</summary>
    public const string ScanArea = "notice-replies";

    /// <summary>
    /// The due day the issue dialog proposes to the county office: <c>Supervision:NoticeReplyWorkingDays</c> working
    /// days from today on the working-day calendar; null for anyone else.
    /// </summary>
    public async Task<DateOnly?> DefaultDueOnAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return SupervisionAccess.IsSupervisor(db.Scope)
            ? await calendar.AddWorkingDaysAsync(ChinaTime.Today(clock), options.Value.NoticeReplyWorkingDays, cancellationToken)
            : null;
    }

    /// <summary>A reply with what this user may press: the county office any, a unit's user its own unit's; not found otherwise.</summary>
    public async Task<Result<NoticeReplyView>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Scope.Has(Permissions.ViewNoticeReplies))
        {
            return Result<NoticeReplyView>.Fail(shared["Message.Forbidden"]);
        }

        var r = await Visible(db).AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (r is null)
        {
            return Result<NoticeReplyView>.Fail(shared["Message.NotFound"]);
        }

        var notice = await db.PublicNotices.AsNoTracking().Where(n => n.Id == r.PublicNoticeId)
            .Select(n => new { n.Title, n.DocumentNumber }).SingleAsync(cancellationToken);
        var unit = await db.HostUnits.Where(u => u.Id == r.HostUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var people = await People.NamesAsync(db, [r.RepliedBy, r.DecidedBy], cancellationToken);
        return Result<NoticeReplyView>.Ok(new NoticeReplyView(
            r.Id,
            SupervisionAccess.IsSupervisor(db.Scope) ? SupervisionPaths.Notice(r.PublicNoticeId) : SupervisionPaths.NoticeReading(r.PublicNoticeId),
            notice.Title, notice.DocumentNumber, unit, r.DueOn, r.Status, r.IsOverdueOn(ChinaTime.Today(clock)),
            r.Statement, r.Scan?.OriginalName, people.OrNull(r.RepliedBy), r.RepliedAt, people.OrNull(r.DecidedBy), r.DecidedAt, r.ReturnReason,
            r.Version, [.. r.Actions().Where(a => a.CanFire && MayPress(db.Scope, r, a.Trigger)).Select(a => a.Trigger)]));
    }

    /// <summary>The replies a notice asks for that this user sees (the county office each unit's, a unit its own), with where each stands.</summary>
    internal static async Task<IReadOnlyList<NoticeReplyRow>> OfNoticeAsync(AppDbContext db, int noticeId, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await Visible(db).AsNoTracking().Where(r => r.PublicNoticeId == noticeId)
            .OrderBy(r => r.HostUnitId)
            .Select(r => new
            {
                r.Id,
                Unit = db.HostUnits.Where(u => u.Id == r.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                r.DueOn,
                r.Status,
                r.RepliedBy,
                r.RepliedAt,
            })
            .ToListAsync(cancellationToken);
        var overdue = await Visible(db).Where(r => r.PublicNoticeId == noticeId).Where(NoticeReply.OverdueOn(today))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var people = await People.NamesAsync(db, rows.Select(r => r.RepliedBy), cancellationToken);
        return [.. rows.Select(r => new NoticeReplyRow(r.Id, r.Unit, r.DueOn, r.Status, overdue.Contains(r.Id), people.OrNull(r.RepliedBy), r.RepliedAt))];
    }

    /// <summary>The unit's reply: how it rectified, and a scan if it has one. The county office is told. A scan stored for a save that fails is removed.</summary>
    public async Task<Result> ReplyAsync(int id, SubmitForm form, ScanUpload? upload, CancellationToken cancellationToken)
    {
        var validation = await replyValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        StoredFile? scan = null;
        var replied = await ActAsync(id, form.Version, NoticeReplyTrigger.Reply, async (db, reply, ct) =>
        {
            if (upload is not null)
            {
                var (file, refusal) = await files.StoreAsync(ScanArea, upload, ct);
                if (file is null)
                {
                    return new Refusal(RectificationService.EvidenceRejected, files.Describe(refusal!.Value));
                }

                scan = file;
            }

            var done = reply.Reply(form.Explanation, scan, db.Scope.UserName, clock.GetUtcNow());
            if (done.Succeeded)
            {
                var (title, unit) = await NamesAsync(db, reply, ct);
                await notifier.NotifyAsync(db, Recipients.Supervisors, Message(reply, NotificationKind.NoticeReplied, "replied", "Notify.NoticeReplied", [unit, title]), ct);
            }

            return done;
        }, cancellationToken);
        if (!replied.Succeeded)
        {
            files.Delete(ScanArea, scan?.StoredName);
        }

        return replied;
    }

    /// <summary>The county office accepts the reply (认可). Final.</summary>
    public Task<Result> AcceptAsync(int id, int version, CancellationToken cancellationToken) =>
        ActAsync(id, version, NoticeReplyTrigger.Accept, (db, reply, _) => Task.FromResult(reply.Accept(db.Scope.UserName, clock.GetUtcNow())), cancellationToken);

    /// <summary>The county office returns the reply with a reason (and maybe a new due day); the unit's users are told.</summary>
    public async Task<Result> ReturnAsync(int id, ReturnRectificationForm form, CancellationToken cancellationToken)
    {
        var validation = await returnValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var newDue = form.NewDeadline is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        return await ActAsync(id, form.Version, NoticeReplyTrigger.Return, async (db, reply, ct) =>
        {
            var done = reply.Return(form.Reason, newDue, db.Scope.UserName, clock.GetUtcNow());
            if (done.Succeeded)
            {
                var (title, _) = await NamesAsync(db, reply, ct);
                await notifier.NotifyAsync(
                    db,
                    Recipients.UnitUsers(reply.HostUnitId),
                    Message(reply, NotificationKind.NoticeReplyReturned, "returned:" + reply.ReturnCount, "Notify.NoticeReplyReturned", [title, reply.ReturnReason!]),
                    ct);
            }

            return done;
        }, cancellationToken);
    }

    /// <summary>The reply's scan, for whoever sees the reply; null otherwise (the endpoint answers 404 either way).</summary>
    public async Task<ScanDownload?> OpenScanAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Scope.Has(Permissions.ViewNoticeReplies))
        {
            return null;
        }

        var scan = await Visible(db).AsNoTracking().Where(r => r.Id == id).Select(r => r.Scan).SingleOrDefaultAsync(cancellationToken);
        return scan is not null && files.OpenRead(ScanArea, scan.StoredName) is { } stream
            ? new ScanDownload(stream, scan.ContentType, scan.OriginalName)
            : null;
    }

    /// <summary>
    /// The replies a user sees: all for the county office, its own unit's for a unit's user (the data scope lets a
    /// unit's finance staff see the unit's records, but a reply is the unit's office's business).
    /// </summary>
    internal static IQueryable<NoticeReply> Visible(AppDbContext db)
    {
        if (SupervisionAccess.IsSupervisor(db.Scope))
        {
            return db.NoticeReplies;
        }

        var unit = SupervisionAccess.OwnUnit(db.Scope);
        return db.NoticeReplies.Where(r => unit != null && r.HostUnitId == unit);
    }

    /// <summary>The unit the notice asks replies; the county office accepts or returns.</summary>
    private static bool MayPress(UserScope scope, NoticeReply reply, NoticeReplyTrigger trigger) => trigger switch
    {
        NoticeReplyTrigger.Reply => SupervisionAccess.OwnUnit(scope) == reply.HostUnitId,
        NoticeReplyTrigger.Accept or NoticeReplyTrigger.Return => SupervisionAccess.IsSupervisor(scope),
        _ => false,
    };

    private static async Task<(string Title, string Unit)> NamesAsync(AppDbContext db, NoticeReply reply, CancellationToken cancellationToken)
    {
        var title = await db.PublicNotices.Where(n => n.Id == reply.PublicNoticeId).Select(n => n.Title).SingleAsync(cancellationToken);
        var unit = await db.HostUnits.Where(u => u.Id == reply.HostUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        return (title, unit);
    }

    internal static NotificationMessage Message(NoticeReply reply, NotificationKind kind, string dedupe, string key, IReadOnlyList<string> args) =>
        new(kind, $"NoticeReply:{reply.Id}", dedupe, key, args, SupervisionPaths.NoticeReply(reply.Id));

    /// <summary>One step of a reply through the pipeline: the user must be allowed to press it on this reply, and the change is the reply's own.</summary>
    private async Task<Result> ActAsync(
        int id, int version, NoticeReplyTrigger trigger, Func<AppDbContext, NoticeReply, CancellationToken, Task<RuleResult>> change, CancellationToken cancellationToken)
    {
        Refusal? refusal = null;
        var done = await pipeline.RunAsync(
            new Command<NoticeReply>(
                (db, ct) => Visible(db).AsTracking().SingleOrDefaultAsync(r => r.Id == id, ct),
                (scope, reply) => MayPress(scope, reply, trigger),
                version,
                async (db, reply, ct) =>
                {
                    var changed = await change(db, reply, ct);
                    refusal = changed.Refusal;
                    return changed;
                },
                text),
            cancellationToken);
        return refusal is null ? done.Result : Refused(refusal);
    }

    // Refusals that belong to a field of the reply or return form are shown beside it.
    private Result Refused(Refusal refusal) => refusal.Code switch
    {
        "NoticeReply.StatementRequired" or "NoticeReply.StatementTooLong" => Result.Invalid(nameof(SubmitForm.Explanation), text.Describe(refusal)),
        RectificationService.EvidenceRejected => Result.Invalid(SubmitFormValidator.EvidenceField, refusal.Message),
        "NoticeReply.ReturnReasonRequired" or "NoticeReply.ReturnReasonTooLong" => Result.Invalid(nameof(ReturnRectificationForm.Reason), text.Describe(refusal)),
        "Rectification.DeadlineBeforeToday" => Result.Invalid(nameof(ReturnRectificationForm.NewDeadline), text.Describe(refusal)),
        _ => Result.Fail(text.Describe(refusal)),
    };
}

/// <summary>The <c>Supervision</c> setting of a notice's default reply day: how many working days from the day of issue.</summary>
public sealed class NoticeReplyOptions
{
    public int NoticeReplyWorkingDays { get; set; } = 10;
}
