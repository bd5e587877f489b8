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

/// <summary>A stored scan, opened for download.</summary>
public sealed record QualificationDownload(Stream Content, string ContentType, string FileName);

/// <summary>
/// Qualifications (资质) and their scans. Supervisor and Procurement record them; an agency records
/// its own (a renewal, say), which waits for review; only Procurement reviews.
/// </summary>
public sealed class QualificationService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<QualificationForm> validator,
    IValidator<ReviewForm> reviewValidator,
    QualificationFileStore files,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<AgencyText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>May this user record qualifications for the agency?</summary>
    public static bool MayRecord(UserScope scope, int agencyId) =>
        AgencyService.Keeps(scope) || (scope.IsInRole(Roles.Agency) && scope.AgencyId == agencyId);

    public static bool MayReview(UserScope scope) => scope.IsInRole(Roles.Procurement);

    public async Task<Result<QualificationForm>> GetFormAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var q = await db.Qualifications.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (q is null)
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
    public async Task<Result<int>> CreateAsync(int agencyId, QualificationForm form, QualificationUpload? upload, CancellationToken cancellationToken)
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

        var file = await AcceptAsync(upload, cancellationToken);
        if (file.Error is { } error)
        {
            return Result<int>.Invalid(QualificationForm.FileField, error);
        }

        var qualification = new Qualification(agencyId, form.ToDetails());
        var stored = await StoreAsync(qualification, file, cancellationToken);
        db.Qualifications.Add(qualification);
        var saved = await SaveAsync(db, stored, cancellationToken);
        return saved.Succeeded ? Result<int>.Ok(qualification.Id) : Result<int>.Fail(saved.Error!);
    }

    /// <summary>An edit, a new scan, or both. A Verified qualification goes back to Pending when anything changes.</summary>
    public async Task<Result> UpdateAsync(int id, QualificationForm form, QualificationUpload? upload, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var qualification = await db.Qualifications.SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (qualification is null)
        {
            return Result.Fail(shared["Message.NotFound"]);
        }

        if (!MayRecord(db.Scope, qualification.AgencyId))
        {
            return Result.Fail(shared["Message.Forbidden"]);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var file = await AcceptAsync(upload, cancellationToken);
        if (file.Error is { } error)
        {
            return Result.Invalid(QualificationForm.FileField, error);
        }

        qualification.Update(form.ToDetails());
        var stored = await StoreAsync(qualification, file, cancellationToken);
        db.Entry(qualification).Property(q => q.Version).OriginalValue = form.Version;
        return await SaveAsync(db, stored, cancellationToken);
    }

    /// <summary>Procurement's review: Verified, or Rejected with a remark; recorded with who and when.</summary>
    public async Task<Result> ReviewAsync(int id, ReviewForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayReview(db.Scope))
        {
            return Result.Fail(shared["Message.Forbidden"]);
        }

        var validation = await reviewValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var qualification = await db.Qualifications.SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (qualification is null)
        {
            return Result.Fail(shared["Message.NotFound"]);
        }

        qualification.Review(form.Verdict!.Value, form.Remark, ReviewerName(), clock.GetUtcNow());
        // A review is a change of the qualification too: the version guards against reviewing what someone just edited.
        db.Entry(qualification).Property(q => q.Version).OriginalValue = form.Version;
        db.Entry(qualification).State = EntityState.Modified;
        return await SaveAsync(db, null, cancellationToken);
    }

    /// <summary>The scan, if the user's data scope sees its agency; null otherwise (the endpoint answers 404 either way).</summary>
    public async Task<QualificationDownload?> OpenFileAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var q = await db.Qualifications.AsNoTracking()
            .Where(q => q.Id == id && q.FileStoredName != null)
            .Select(q => new { q.AgencyId, q.FileStoredName, q.FileContentType, q.FileOriginalName })
            .SingleOrDefaultAsync(cancellationToken);
        if (q is null || !db.Scope.CanSeeAgency(q.AgencyId) || files.OpenRead(q.FileStoredName!) is not { } stream)
        {
            return null;
        }

        return new QualificationDownload(stream, q.FileContentType!, q.FileOriginalName ?? q.FileStoredName!);
    }

    private string ReviewerName() =>
        currentUser.Principal.FindFirst(AppClaims.DisplayName)?.Value is { Length: > 0 } display ? display : currentUser.Scope.UserName;

    private sealed record AcceptedFile(byte[]? Content, string? ContentType, string? Extension, string? OriginalName, string? Error);

    /// <summary>Checks size and type (by content, not by name) before anything is written.</summary>
    private async Task<AcceptedFile> AcceptAsync(QualificationUpload? upload, CancellationToken cancellationToken)
    {
        if (upload is null)
        {
            return new AcceptedFile(null, null, null, null, null);
        }

        var (file, refusal) = await FileStore.AcceptAsync(upload.FileName, upload.Size, upload.Open, Qualification.FileNameMaxLength, cancellationToken);
        return file is null
            ? new AcceptedFile(null, null, null, null, text[refusal == FileRefusal.TooLarge ? "Validation.FileTooLarge" : "Validation.FileType"])
            : new AcceptedFile(file.Content, file.ContentType, file.Extension, file.OriginalName, null);
    }

    private async Task<string?> StoreAsync(Qualification qualification, AcceptedFile file, CancellationToken cancellationToken)
    {
        if (file.Content is null)
        {
            return null;
        }

        var stored = await files.SaveAsync(file.Content, file.Extension!, cancellationToken);
        qualification.AttachFile(new QualificationFile(stored, file.ContentType!, file.Content.Length, file.OriginalName!));
        return stored;
    }

    /// <summary>Saves; a scan written for a save that fails is removed again, so nothing is left behind.</summary>
    private async Task<Result> SaveAsync(AppDbContext db, string? storedFile, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            Discard(storedFile);
            return Result.Fail(shared["Message.ConcurrencyConflict"]);
        }
        catch
        {
            Discard(storedFile);
            throw;
        }
    }

    private void Discard(string? storedFile)
    {
        if (storedFile is not null)
        {
            files.Delete(storedFile);
        }
    }
}
