using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Agencies;

/// <summary>
/// Qualifications (资质) and their scans. Supervisor and Procurement record them; an agency records
/// its own (a renewal, say), which waits for review; only Procurement reviews.
/// </summary>
public sealed class QualificationService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<QualificationForm> validator,
    IValidator<ReviewForm> reviewValidator,
    ScanStore files,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<AgencyText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The folder of qualification scans in the data folder.</summary>
    public const string ScanArea = "qualifications";

    /// <summary>May this user record qualifications for the agency?</summary>
    public static bool MayRecord(UserScope scope, int agencyId) =>
        AgencyService.Keeps(scope) || (scope.IsInRole(Roles.Agency) && scope.AgencyId == agencyId);

    public static bool MayReview(UserScope scope) => scope.IsInRole(Roles.Procurement);

    /// <summary>Procurement gives the verdicts; whoever records the agency's qualifications amends them.</summary>
    public static bool MayPress(UserScope scope, int agencyId, QualificationTrigger trigger) =>
        trigger == QualificationTrigger.Amend ? MayRecord(scope, agencyId) : MayReview(scope);

    /// <summary>The qualification's actions now (its machine) that this user may press.</summary>
    public static IReadOnlyList<QualificationTrigger> Actions(UserScope scope, Qualification qualification) =>
        [.. qualification.Actions().Where(a => a.CanFire && MayPress(scope, qualification.AgencyId, a.Trigger)).Select(a => a.Trigger)];

    public async Task<Result<QualificationForm>> GetFormAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var q = await db.Qualifications.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        // The edit form is for those who may record it; the data scope alone would show it to every county role.
        if (q is null || !MayRecord(db.Scope, q.AgencyId))
        {
            return Result<QualificationForm>.Fail(shared["Message.NotFound"]);
        }

        return Result<QualificationForm>.Ok(new QualificationForm
        {
            Kind = q.Kind,
            Number = q.Number,
            Issuer = q.Issuer,
            Scopes = Enum.GetValues<ServiceScopes>().Where(s => s != ServiceScopes.None && q.Scopes.HasFlag(s)).ToList(),
            ValidFrom = q.ValidFrom.ToDateTime(TimeOnly.MinValue),
            ValidTo = q.ValidTo.ToDateTime(TimeOnly.MinValue),
            Version = q.Version,
        });
    }

    /// <summary>Records a qualification, with its scan when given; it starts Pending. Nothing is stored when anything is wrong.</summary>
    public async Task<Result<int>> CreateAsync(int agencyId, QualificationForm form, ScanUpload? upload, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayRecord(db.Scope, agencyId))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            return Result<int>.Fail(shared["Message.NotFound"]);
        }

        var (scan, error) = await StoreScanAsync(upload, cancellationToken);
        if (error is not null)
        {
            return Result<int>.Invalid(QualificationForm.FileField, error);
        }

        var qualification = new Qualification(agencyId, form.ToDetails());
        if (scan is not null)
        {
            qualification.AttachFile(scan);
        }

        db.Qualifications.Add(qualification);
        var saved = await KeepingScanOnlyIfSavedAsync(scan?.StoredName, () => pipeline.SaveAsync(db, cancellationToken));
        return saved.Result.Succeeded ? Result<int>.Ok(qualification.Id) : Result<int>.From(saved.Result);
    }

    /// <summary>An edit, a new scan, or both. A Verified qualification goes back to Pending when anything changes.</summary>
    public async Task<Result> UpdateAsync(int id, QualificationForm form, ScanUpload? upload, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        // The scan is stored only once the command is allowed, and removed again unless the edit is saved.
        string? stored = null;
        var saved = await KeepingScanOnlyIfSavedAsync(() => stored, () => pipeline.RunAsync(
            new Command<Qualification>(
                (db, ct) => db.Qualifications.SingleOrDefaultAsync(q => q.Id == id, ct),
                (scope, q) => MayRecord(scope, q.AgencyId),
                form.Version,
                async (_, qualification, ct) =>
                {
                    var (scan, error) = await StoreScanAsync(upload, ct);
                    if (error is not null)
                    {
                        return new Refusal(ScanRefusedCode, error);
                    }

                    stored = scan?.StoredName;
                    qualification.Update(form.ToDetails());
                    if (scan is not null)
                    {
                        qualification.AttachFile(scan);
                    }

                    return RuleResult.Ok();
                },
                text)
            {
                Fields = new Dictionary<string, string> { [ScanRefusedCode] = QualificationForm.FileField },
            },
            cancellationToken));
        return saved.Result;
    }

    /// <summary>Procurement's review: Verified, or Rejected with a remark; recorded with who and when.</summary>
    public async Task<Result> ReviewAsync(int id, ReviewForm form, CancellationToken cancellationToken)
    {
        var validation = await reviewValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var trigger = form.Verdict == QualificationReviewStatus.Verified ? QualificationTrigger.Verify : QualificationTrigger.Reject;
        // A review is a change of the qualification too: the version guards against reviewing what someone just edited.
        return (await pipeline.RunAsync(
            new Command<Qualification>(
                (db, ct) => db.Qualifications.SingleOrDefaultAsync(q => q.Id == id, ct),
                (scope, q) => MayPress(scope, q.AgencyId, trigger),
                form.Version,
                (_, q, _) => Task.FromResult<RuleResult>(q.Review(form.Verdict!.Value, form.Remark, ReviewerName(), clock.GetUtcNow())),
                text),
            cancellationToken)).Result;
    }

    /// <summary>
    /// The scan, for those who keep the register and the agency itself; null otherwise (the endpoint answers
    /// 404 either way). The data scope alone would hand it to every county role, the Admin and Auditor included.
    /// </summary>
    public async Task<ScanDownload?> OpenFileAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var q = await db.Qualifications.AsNoTracking()
            .Where(q => q.Id == id && q.FileStoredName != null)
            .Select(q => new { q.AgencyId, q.FileStoredName, q.FileContentType, q.FileOriginalName })
            .SingleOrDefaultAsync(cancellationToken);
        if (q is null || !MayRecord(db.Scope, q.AgencyId) || files.OpenRead(ScanArea, q.FileStoredName!) is not { } stream)
        {
            return null;
        }

        return new ScanDownload(stream, q.FileContentType!, q.FileOriginalName ?? q.FileStoredName!);
    }

    private string ReviewerName() =>
        currentUser.Principal.FindFirst(AppClaims.DisplayName)?.Value is { Length: > 0 } display ? display : currentUser.Scope.UserName;

    /// <summary>Stores the scan when one is given; a refusal comes back in words for the file field.</summary>
    private async Task<(StoredFile? Scan, string? Error)> StoreScanAsync(ScanUpload? upload, CancellationToken cancellationToken)
    {
        if (upload is null)
        {
            return (null, null);
        }

        var (scan, refusal) = await files.StoreAsync(ScanArea, upload, cancellationToken);
        return (scan, refusal is { } why ? files.Describe(why) : null);
    }

    private const string ScanRefusedCode = "Qualification.ScanRefused";

    private Task<CommandResult> KeepingScanOnlyIfSavedAsync(string? storedFile, Func<Task<CommandResult>> save) =>
        KeepingScanOnlyIfSavedAsync(() => storedFile, save);

    /// <summary>Runs the save; a scan written for a save that did not happen (refused, or failed) is removed again, so nothing is left behind.</summary>
    private async Task<CommandResult> KeepingScanOnlyIfSavedAsync(Func<string?> storedFile, Func<Task<CommandResult>> save)
    {
        var done = false;
        try
        {
            var result = await save();
            done = result.Kind == CommandOutcome.Done;
            return result;
        }
        finally
        {
            if (!done)
            {
                files.Delete(ScanArea, storedFile());
            }
        }
    }
}
