using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Evaluations;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>
/// KPI schemes (考核方案): the Supervisor drafts, edits, publishes, retires and makes new versions;
/// everyone who works with contracts reads them. A published version is never edited: the scheme's
/// machine refuses, and every command goes through <see cref="CommandPipeline"/>.
/// </summary>
public sealed class KpiSchemeService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    Security.CurrentUser currentUser,
    IValidator<KpiSchemeForm> validator,
    TimeProvider clock,
    IStringLocalizer<EvaluationsText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>Whether the list offers a new scheme: only the Supervisor drafts.</summary>
    public bool MayDraft => EvaluationAccess.MayEditSchemes(currentUser.Scope);

    /// <summary>Every scheme the user may read (drafts only for the Supervisor); a role that may read none is refused.</summary>
    public async Task<PagedResult<KpiSchemeRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!EvaluationAccess.MayViewSchemes(db.Scope))
        {
            return PagedResult<KpiSchemeRow>.Refused;
        }

        var query = db.KpiSchemes.AsNoTracking();
        if (!EvaluationAccess.MayEditSchemes(db.Scope))
        {
            query = query.Where(s => s.State != KpiSchemeState.Draft);
        }

        var rows = await query
            .OrderBy(s => s.Name).ThenByDescending(s => s.VersionNumber)
            .Select(s => new KpiSchemeRow(
                s.Id, s.Name, s.VersionNumber, s.State, s.CreatedAt, s.PublishedAt,
                db.Contracts.IgnoreQueryFilters().Count(c => c.KpiSchemeId == s.Id)))
            .ToListAsync(cancellationToken);
        return new PagedResult<KpiSchemeRow>(rows, rows.Count);
    }

    public async Task<Result<KpiSchemeDetail>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scheme = EvaluationAccess.MayViewSchemes(db.Scope) ? await LoadAsync(db, id, tracking: false, cancellationToken) : null;
        if (scheme is null || (scheme.State == KpiSchemeState.Draft && !EvaluationAccess.MayEditSchemes(db.Scope)))
        {
            return Result<KpiSchemeDetail>.Fail(shared["Message.NotFound"]);
        }

        return Result<KpiSchemeDetail>.Ok(new KpiSchemeDetail(
            scheme.Id,
            scheme.Version,
            scheme.Name,
            scheme.VersionNumber,
            scheme.State,
            KpiSchemeForm.From(scheme),
            scheme.State == KpiSchemeState.Draft ? [.. scheme.PublishProblems().Select(text.Describe)] : [],
            scheme.CreatedBy,
            scheme.CreatedAt,
            scheme.PublishedBy,
            scheme.PublishedAt,
            Actions(db.Scope, scheme)));
    }

    /// <summary>A new draft; under a new name it is version 1, under an existing name the next version.</summary>
    public async Task<Result<int>> CreateAsync(KpiSchemeForm form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!EvaluationAccess.MayEditSchemes(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var name = form.Name.Trim();
        var next = (await db.KpiSchemes.Where(s => s.Name == name).MaxAsync(s => (int?)s.VersionNumber, cancellationToken) ?? 0) + 1;
        var drafted = KpiScheme.Draft(name, next, form.ToDefinition(), db.Scope.UserName, clock.GetUtcNow());
        if (!drafted.Succeeded)
        {
            return Result<int>.Fail(text.Describe(drafted.Refusal!));
        }

        db.KpiSchemes.Add(drafted.Value!);
        var saved = await InsertAsync(db, cancellationToken);
        return saved.Succeeded ? Result<int>.Ok(drafted.Value!.Id) : Result<int>.Fail(saved.Describe());
    }

    /// <summary>Saves a draft's content; the name is kept (a new name is a new scheme).</summary>
    public async Task<Result> SaveAsync(int id, KpiSchemeForm form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return await ChangeAsync(id, form.Version, (scheme, _) => scheme.Revise(scheme.Name, form.ToDefinition()), cancellationToken);
    }

    public Task<Result> PublishAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, (scheme, actor) => scheme.Publish(actor, clock.GetUtcNow()), cancellationToken);

    public Task<Result> RetireAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, (scheme, _) => scheme.Retire(clock.GetUtcNow()), cancellationToken);

    /// <summary>A draft copy as the next version of the same name; returns its id.</summary>
    public async Task<Result<int>> NewVersionAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!EvaluationAccess.MayEditSchemes(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var scheme = await LoadAsync(db, id, tracking: false, cancellationToken);
        if (scheme is null)
        {
            return Result<int>.Fail(shared["Message.NotFound"]);
        }

        var next = await db.KpiSchemes.Where(s => s.Name == scheme.Name).MaxAsync(s => s.VersionNumber, cancellationToken) + 1;
        var copy = scheme.NewVersion(next, db.Scope.UserName, clock.GetUtcNow());
        db.KpiSchemes.Add(copy);
        var saved = await InsertAsync(db, cancellationToken);
        return saved.Succeeded ? Result<int>.Ok(copy.Id) : Result<int>.Fail(saved.Describe());
    }

    internal static Task<KpiScheme?> LoadAsync(AppDbContext db, int id, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.KpiSchemes
            .Include(s => s.Indicators)
            .Include(s => s.DeductionRules)
            .Include(s => s.VetoItems)
            .Include(s => s.Bands)
            .AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>
    /// The scheme's actions now that the user may press. A publish held back by its problems is still
    /// offered: the editor saves the form first, which may be what completes the scheme.
    /// </summary>
    private static IReadOnlyList<KpiSchemeTrigger> Actions(Domain.Common.UserScope scope, KpiScheme scheme) =>
        EvaluationAccess.MayEditSchemes(scope) ? [.. scheme.Actions().Where(a => a.Applies).Select(a => a.Trigger)] : [];

    private async Task<Result> ChangeAsync(int id, int version, Func<KpiScheme, string, Domain.Common.RuleResult> change, CancellationToken cancellationToken) =>
        (await pipeline.RunAsync(
            new Command<KpiScheme>(
                (db, ct) => LoadAsync(db, id, tracking: true, ct),
                (scope, _) => EvaluationAccess.MayEditSchemes(scope),
                version,
                (db, scheme, _) =>
                {
                    var changed = change(scheme, db.Scope.UserName);

                    // Replacing the lines alone still raises the scheme's version, so two editors cannot both pass unseen.
                    db.Entry(scheme).State = EntityState.Modified;
                    return Task.FromResult(changed);
                },
                text),
            cancellationToken)).Result;

    // Two new versions of one name made at the same moment collide on the version number: the second is told to retry.
    private async Task<Result> InsertAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            return (await pipeline.SaveAsync(db, cancellationToken)).Result;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Result.Fail(shared["Message.ConcurrencyConflict"]);
        }
    }
}
