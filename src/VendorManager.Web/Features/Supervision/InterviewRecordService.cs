using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Persistence.Interceptors;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// The record of one interview (约谈记录): read and printed by the county office and by the unit interviewed, written up
/// by the county office alone (persons, minutes, commitments and their completion, the signed minutes' scans).
/// </summary>
public sealed class InterviewRecordService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    ScanStore scans,
    AuditInterceptor audit,
    TimeProvider clock,
    IStringLocalizer<SupervisionText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The folder under the data directory that holds interview scans.</summary>
    public const string ScanArea = "interviews";

    /// <summary>How a scan's download is named in the audit log (an event, not a record of a table).</summary>
    public const string DownloadAuditedAs = "InterviewAttachmentDownload";

    /// <summary>The form field a refused scan is shown beside.</summary>
    public const string AttachmentField = "Attachment";

    private const string AttachmentRefused = "Interview.AttachmentRefused";

    // Refusals of the write-up and the commitment forms shown beside their fields.
    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Interview.PersonRequired"] = nameof(InterviewWriteUpForm.Persons),
        ["Interview.PersonTooLong"] = nameof(InterviewWriteUpForm.Persons),
        ["Interview.PlaceTooLong"] = nameof(InterviewWriteUpForm.Place),
        ["Interview.MinutesTooLong"] = nameof(InterviewWriteUpForm.Minutes),
        ["Interview.CommitmentRequired"] = nameof(CommitmentForm.Text),
        ["Interview.CommitmentTooLong"] = nameof(CommitmentForm.Text),
        ["Interview.CommitmentDeadlinePast"] = nameof(CommitmentForm.Deadline),
    };

    /// <summary>
    /// The interview as the detail and print pages show it. The county office reads every one; a unit's users read the
    /// interviews of their own unit (another unit's is not found, so it is not even confirmed to exist); anyone else is refused.
    /// </summary>
    public async Task<Result<InterviewView>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayOpen(db.Scope))
        {
            return Result<InterviewView>.Fail(shared["Message.Forbidden"]);
        }

        var interview = await Readable(db).AsNoTracking().Where(i => i.Id == id)
            .Include(i => i.OtherPersons).Include(i => i.Commitments).Include(i => i.Attachments).Include(i => i.Findings)
            .AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        if (interview is null)
        {
            return Result<InterviewView>.Fail(shared["Message.NotFound"]);
        }

        var party = interview.Party == PartyKind.HostUnit
            ? await db.HostUnits.Where(u => u.Id == interview.HostUnitId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken)
            : await db.Agencies.Where(a => a.Id == interview.AgencyId).Select(a => a.Name).SingleOrDefaultAsync(cancellationToken);
        var findingIds = interview.Findings.Select(f => f.FindingId).ToList();
        var problems = await db.Findings.AsNoTracking().Where(f => findingIds.Contains(f.Id))
            .OrderBy(f => f.FoundOn).ThenBy(f => f.Id)
            .Select(f => new
            {
                f.Id, f.FoundOn, f.Category, f.Description,
                Account = db.Accounts.Where(a => a.Id == f.AccountId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
            })
            .ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        return Result<InterviewView>.Ok(new InterviewView(
            interview.Id,
            interview.Version,
            interview.HeldOn,
            interview.StartedAt,
            interview.Place,
            interview.Party,
            party ?? string.Empty,
            [new PersonInterviewed(interview.PersonName, interview.PersonPost), .. interview.OtherPersons.OrderBy(p => p.Id).Select(p => new PersonInterviewed(p.Name, p.Post))],
            interview.Interviewers,
            interview.Reason,
            interview.Outcome,
            interview.Minutes,
            [.. problems.Select(p => new InterviewProblem(p.Id, p.FoundOn, p.Account, p.Category, p.Description))],
            [.. interview.Commitments.OrderBy(c => c.Deadline).ThenBy(c => c.Id).Select(c => new CommitmentRow(
                c.Id, c.Text, c.Deadline, c.StateOn(today), c.CompletionNote, c.CompletedAt is { } at ? ChinaTime.DateOf(at) : null))],
            [.. interview.Attachments.OrderBy(a => a.Id).Select(a => new InterviewAttachmentRow(a.Id, a.File.OriginalName, a.File.Size, SupervisionPaths.InterviewAttachment(interview.Id, a.Id)))],
            SupervisionAccess.IsSupervisor(db.Scope)));
    }

    /// <summary>Writes up the meeting: persons interviewed, interviewers, time, place and minutes.</summary>
    public Task<Result> WriteUpAsync(int id, InterviewWriteUpForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var writeUp = new InterviewWriteUp(
            [.. form.Persons.Select(p => new PersonInterviewed(p.Name, p.Post))], form.Interviewers, form.StartedAt is { } t ? TimeOnly.FromTimeSpan(t) : null,
            form.Place, form.Minutes);
        return RunAsync(id, form.Version, (_, interview) => interview.WriteUp(writeUp), cancellationToken);
    }

    /// <summary>Adds a commitment the interviewed made (承诺整改事项) with its deadline.</summary>
    public Task<Result> CommitAsync(int id, CommitmentForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Deadline is not { } deadline)
        {
            return Task.FromResult(Result.Invalid(nameof(CommitmentForm.Deadline), shared["Validation.Required"]));
        }

        return RunAsync(id, form.Version, (_, interview) => interview.Commit(form.Text, DateOnly.FromDateTime(deadline), ChinaTime.Today(clock)), cancellationToken);
    }

    /// <summary>Marks a commitment kept, with a note of how (the county office's finding).</summary>
    public Task<Result> CompleteCommitmentAsync(int id, int commitmentId, string? note, int version, CancellationToken cancellationToken) =>
        RunAsync(id, version, (scope, interview) => interview.CompleteCommitment(commitmentId, note, scope.UserName, clock.GetUtcNow()), cancellationToken);

    public Task<Result> RemoveCommitmentAsync(int id, int commitmentId, int version, CancellationToken cancellationToken) =>
        RunAsync(id, version, (_, interview) => interview.RemoveCommitment(commitmentId), cancellationToken);

    /// <summary>Files a scan with the record, checked as every scan is (type by content, size limit); the file is removed again unless the save happens.</summary>
    public async Task<Result> AttachAsync(int id, ScanUpload upload, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        string? stored = null;
        var done = await pipeline.RunAsync(
            new Command<Interview>(
                (db, ct) => db.Interviews.Include(i => i.Attachments).SingleOrDefaultAsync(i => i.Id == id, ct),
                (scope, _) => SupervisionAccess.IsSupervisor(scope),
                version,
                async (db, interview, ct) =>
                {
                    var (file, refusal) = await scans.StoreAsync(ScanArea, upload, ct);
                    if (refusal is { } why)
                    {
                        return new Refusal(AttachmentRefused, scans.Describe(why));
                    }

                    stored = file!.StoredName;
                    interview.Attach(file, db.Scope.UserName, clock.GetUtcNow());
                    db.Entry(interview).State = EntityState.Modified;
                    return RuleResult.Ok();
                },
                text) { Fields = new Dictionary<string, string> { [AttachmentRefused] = AttachmentField } },
            cancellationToken);
        if (done.Kind != CommandOutcome.Done)
        {
            scans.Delete(ScanArea, stored);
        }

        return done.Result;
    }

    /// <summary>Removes a scan filed by mistake; the file goes once the removal is saved.</summary>
    public async Task<Result> RemoveAttachmentAsync(int id, int attachmentId, int version, CancellationToken cancellationToken)
    {
        string? removed = null;
        var result = await RunAsync(id, version, (_, interview) =>
        {
            var taken = interview.RemoveAttachment(attachmentId);
            removed = taken.Value?.File.StoredName;
            return taken;
        }, cancellationToken);
        if (result.Succeeded)
        {
            scans.Delete(ScanArea, removed);
        }

        return result;
    }

    /// <summary>A scan of an interview, for whoever may open the interview; null otherwise. Every download is in the audit log.</summary>
    public async Task<ScanDownload?> OpenAttachmentAsync(int id, int attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayOpen(db.Scope))
        {
            return null;
        }

        var file = await Readable(db).AsNoTracking().Where(i => i.Id == id)
            .SelectMany(i => i.Attachments.Where(a => a.Id == attachmentId))
            .Select(a => new { a.File.StoredName, a.File.ContentType, a.File.OriginalName })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null || scans.OpenRead(ScanArea, file.StoredName) is not { } stream)
        {
            return null;
        }

        await audit.RecordAsync(db, DownloadAuditedAs, $"{id},{attachmentId}", [new AuditChange("OriginalName", null, file.OriginalName)], cancellationToken);
        return new ScanDownload(stream, file.ContentType, file.OriginalName);
    }

    /// <summary>The county office, and a unit's users for their own unit's interviews.</summary>
    internal static bool MayOpen(UserScope scope) => SupervisionAccess.IsSupervisor(scope) || SupervisionAccess.OwnUnit(scope) is not null;

    /// <summary>Interviews carry no data-scope filter (one may name an agency), so a unit's own are chosen here.</summary>
    internal static IQueryable<Interview> Readable(AppDbContext db)
    {
        var unit = SupervisionAccess.OwnUnit(db.Scope);
        return SupervisionAccess.IsSupervisor(db.Scope) ? db.Interviews : db.Interviews.Where(i => i.Party == PartyKind.HostUnit && i.HostUnitId == unit);
    }

    /// <summary>
    /// A change to the record by the county office, through the pipeline. The record's version rises with every change,
    /// also one to a commitment or a scan alone, so a page showing an older record is told to reload.
    /// </summary>
    private async Task<Result> RunAsync(int id, int version, Func<UserScope, Interview, RuleResult> change, CancellationToken cancellationToken)
    {
        var done = await pipeline.RunAsync(
            new Command<Interview>(
                (db, ct) => db.Interviews.Include(i => i.OtherPersons).Include(i => i.Commitments).Include(i => i.Attachments)
                    .AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct),
                (scope, _) => SupervisionAccess.IsSupervisor(scope),
                version,
                (db, interview, _) =>
                {
                    var changed = change(db.Scope, interview);
                    if (changed.Succeeded)
                    {
                        db.Entry(interview).State = EntityState.Modified;
                    }

                    return Task.FromResult(changed);
                },
                text) { Fields = Fields },
            cancellationToken);
        return done.Result;
    }
}
