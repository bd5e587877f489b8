using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Agencies;

/// <summary>What the agency list asks for: a page, and optionally only agencies that may (or may not) be contracted today.</summary>
public sealed record AgencyListRequest(PageRequest Page, bool? ContractableToday = null);

/// <summary>
/// The register of agencies (代运营机构). Supervisor and Procurement keep it; an Agency user sees
/// its own agency only (the data scope) and edits only its contact details.
/// </summary>
public sealed class AgencyService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<AgencyForm> validator,
    IValidator<BlacklistForm> blacklistValidator,
    IOptions<AgencyOptions> options,
    TimeProvider clock,
    Security.CurrentUser currentUser,
    IStringLocalizer<AgencyText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The signed-in user's scope, for pages that show or hide actions.</summary>
    public UserScope Scope => currentUser.Scope;

    public static bool Keeps(UserScope scope) => scope.Has(Permissions.KeepAgencyRegister);

    /// <summary>The agency's standing changes its machine allows now, for those who keep the register.</summary>
    public static IReadOnlyList<AgencyTrigger> Actions(UserScope scope, Agency agency) =>
        Keeps(scope) ? [.. agency.Actions().Where(a => a.CanFire).Select(a => a.Trigger)] : [];

    public async Task<PagedResult<AgencyRow>> ListAsync(AgencyListRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!Keeps(db.Scope))
        {
            return PagedResult<AgencyRow>.Refused;
        }

        var query = db.Agencies.AsNoTracking();
        if (request.Page.SearchText is { } search)
        {
            var code = search.ToUpperInvariant();
            query = query.Where(a => a.Name.Contains(search) || a.CreditCode.Contains(code));
        }

        // The same rule the detail page applies in memory, here as SQL (see Contractability.QualifyingLicence).
        var licences = db.Qualifications.Where(Contractability.QualifyingLicence(ChinaTime.Today(clock), options.Value.QualifyingScopes));
        var rows = query.Select(a => new AgencyRow
        {
            Id = a.Id,
            Name = a.Name,
            CreditCode = a.CreditCode,
            ResponsiblePerson = a.ResponsiblePerson,
            ContactPhone = a.ContactPhone,
            Status = a.Status,
            ContractableToday = a.Status == AgencyStatus.Active && licences.Any(q => q.AgencyId == a.Id),
        });
        if (request.ContractableToday is { } contractable)
        {
            rows = rows.Where(r => r.ContractableToday == contractable);
        }

        return await Sort(rows, request.Page).ToPageAsync(request.Page, cancellationToken);
    }

    public async Task<Result<AgencyView>> GetDetailAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agency is null || !(Keeps(db.Scope) || db.Scope.AgencyId == id))
        {
            return Result<AgencyView>.Fail(shared["Message.NotFound"]);
        }

        var qualifications = await db.Qualifications.AsNoTracking().Include(q => q.Reviews)
            .Where(q => q.AgencyId == id)
            .OrderBy(KindOrder).ThenByDescending(q => q.ValidTo).ThenBy(q => q.Id)
            .ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var verdict = Contractability.Check(agency, qualifications, today, options.Value.QualifyingScopes);
        return Result<AgencyView>.Ok(new AgencyView(
            agency.Id, agency.Name, agency.CreditCode, agency.LegalRepresentative, agency.Address, agency.ContactPhone,
            agency.ResponsiblePerson, agency.PostDuties, agency.Status, agency.BlacklistReason, agency.BlacklistedOn, agency.Version,
            today, verdict, qualifications.Select(q => ToRow(q, today) with { Actions = QualificationService.Actions(db.Scope, q) }).ToList())
        {
            Actions = Actions(db.Scope, agency),
        });
    }

    /// <summary>
    /// Whether the agency may be contracted for a period starting on <paramref name="start"/>, with the
    /// reasons when not: for those who keep the register, for host units (who contract) and for the
    /// agency itself. Anyone else is told it does not exist, as on the pages.
    /// </summary>
    public async Task<Result<ContractabilityVerdict>> ContractabilityAsync(int id, DateOnly start, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = db.Scope;
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        var mayRead = Keeps(scope) || scope.IsInRole(Roles.HostUnit) || (scope.IsInRole(Roles.Agency) && scope.AgencyId == id);
        if (agency is null || !mayRead)
        {
            return Result<ContractabilityVerdict>.Fail(shared["Message.NotFound"]);
        }

        // A host unit is bound to no agency, so the data scope hides qualifications from it; it may
        // still learn the verdict, which is what it needs before contracting.
        var qualifications = scope.IsInRole(Roles.HostUnit)
            ? db.Qualifications.IgnoreQueryFilters([AppDbContext.HostUnitScopeFilter])
            : db.Qualifications;
        var licences = await qualifications.AsNoTracking().Where(q => q.AgencyId == id).ToListAsync(cancellationToken);
        return Result<ContractabilityVerdict>.Ok(Contractability.Check(agency, licences, start, options.Value.QualifyingScopes));
    }

    public async Task<Result<AgencyForm>> GetFormAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var form = await db.Agencies.AsNoTracking().Where(a => a.Id == id).ProjectToForm().SingleOrDefaultAsync(cancellationToken);
        return form is null || !(Keeps(db.Scope) || db.Scope.AgencyId == id)
            ? Result<AgencyForm>.Fail(shared["Message.NotFound"])
            : Result<AgencyForm>.Ok(form);
    }

    public async Task<Result<int>> CreateAsync(AgencyForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!Keeps(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var agency = new Agency(form.Name, form.CreditCode);
        agency.Update(form.Name, form.CreditCode, form.LegalRepresentative, form.ToContact());
        if (await CodeTakenAsync(db, agency.CreditCode, exceptId: null, cancellationToken))
        {
            return Result<int>.Invalid(CodeTaken.Field, CodeTaken.Message);
        }

        db.Agencies.Add(agency);
        var saved = await pipeline.SaveAsync(db, cancellationToken, CodeTaken);
        return saved.Result.Succeeded ? Result<int>.Ok(agency.Id) : Result<int>.From(saved.Result);
    }

    /// <summary>The full edit for Supervisor and Procurement; for the agency's own user, the contact details only.</summary>
    public async Task<Result> UpdateAsync(int id, AgencyForm form, CancellationToken cancellationToken)
    {
        var full = Keeps(Scope);
        if (!full && (await GetFormAsync(id, cancellationToken)).Value is { } stored)
        {
            // The agency cannot rename itself or change its code: whatever it sent for them is ignored.
            form.Name = stored.Name;
            form.CreditCode = stored.CreditCode;
            form.LegalRepresentative = stored.LegalRepresentative;
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return (await pipeline.RunAsync(
            new Command<Agency>(
                (db, ct) => db.Agencies.SingleOrDefaultAsync(a => a.Id == id, ct),
                (scope, agency) => full || (scope.IsInRole(Roles.Agency) && scope.AgencyId == agency.Id),
                form.Version,
                (db, agency, ct) => full ? ReregisterAsync(db, agency, form, ct) : Task.FromResult(Recontact(agency, form)),
                text)
            {
                Fields = new Dictionary<string, string> { [CreditCodeTakenCode] = CodeTaken.Field },
                Duplicate = CodeTaken,
            },
            cancellationToken)).Result;
    }

    public async Task<Result> BlacklistAsync(int id, BlacklistForm form, CancellationToken cancellationToken)
    {
        var validation = await blacklistValidator.ValidateAsync(form, cancellationToken);
        return validation.IsValid
            ? await StandingAsync(id, form.Version, agency => agency.Blacklist(form.Reason, ChinaTime.Today(clock)), cancellationToken)
            : Result.Invalid(validation);
    }

    public Task<Result> ReinstateAsync(int id, int version, CancellationToken cancellationToken) =>
        StandingAsync(id, version, agency => agency.Reinstate(), cancellationToken);

    private async Task<Result> StandingAsync(int id, int version, Func<Agency, RuleResult> change, CancellationToken cancellationToken) =>
        (await pipeline.RunAsync(
            new Command<Agency>(
                (db, ct) => db.Agencies.SingleOrDefaultAsync(a => a.Id == id, ct),
                (scope, _) => Keeps(scope),
                version,
                (_, agency, _) => Task.FromResult(change(agency)),
                text),
            cancellationToken)).Result;

    private const string CreditCodeTakenCode = "Agency.CreditCodeTaken";

    /// <summary>The one message for a code registered twice, whether the service's check or the unique index finds it.</summary>
    private FieldError CodeTaken => new(nameof(AgencyForm.CreditCode), text["Validation.CreditCodeTaken"]);

    private async Task<RuleResult> ReregisterAsync(AppDbContext db, Agency agency, AgencyForm form, CancellationToken cancellationToken)
    {
        var code = UnifiedSocialCreditCode.Normalize(form.CreditCode);
        if (await CodeTakenAsync(db, code, exceptId: agency.Id, cancellationToken))
        {
            return new Refusal(CreditCodeTakenCode, CodeTaken.Message);
        }

        agency.Update(form.Name, code, form.LegalRepresentative, form.ToContact());
        return RuleResult.Ok();
    }

    private static RuleResult Recontact(Agency agency, AgencyForm form)
    {
        agency.UpdateContact(form.ToContact());
        return RuleResult.Ok();
    }

    internal static QualificationRow ToRow(Qualification q, DateOnly today) => new(
        q.Id, q.Kind, q.Number, q.Issuer, q.Scopes, q.ValidFrom, q.ValidTo, q.ReviewStatus, q.HasFile, q.FileOriginalName, q.Version,
        q.IsExpiredOn(today), q.ValidTo.DayNumber - today.DayNumber,
        q.Reviews.OrderBy(r => r.ReviewedAt).Select(r => r.ToRow()).ToList());

    // Across the data scope: a code is unique in the county, whoever can see the other agency.
    private static Task<bool> CodeTakenAsync(AppDbContext db, string code, int? exceptId, CancellationToken cancellationToken) =>
        db.Agencies.IgnoreQueryFilters().AnyAsync(a => a.CreditCode == code && a.Id != exceptId, cancellationToken);

    // Kinds are stored by name; the news-service licence, the one that decides, comes first.
    private static readonly System.Linq.Expressions.Expression<Func<Qualification, int>> KindOrder = q =>
        q.Kind == QualificationKind.NewsServiceLicence ? 1 : q.Kind == QualificationKind.BusinessLicence ? 2 : 3;

    private static IQueryable<AgencyRow> Sort(IQueryable<AgencyRow> query, PageRequest request)
    {
        var sorted = request.SortBy?.ToLowerInvariant() switch
        {
            "creditcode" => request.Descending ? query.OrderByDescending(a => a.CreditCode) : query.OrderBy(a => a.CreditCode),
            "responsibleperson" => request.Descending ? query.OrderByDescending(a => a.ResponsiblePerson) : query.OrderBy(a => a.ResponsiblePerson),
            "status" => request.Descending ? query.OrderByDescending(a => a.Status) : query.OrderBy(a => a.Status),
            "contractabletoday" => request.Descending ? query.OrderByDescending(a => a.ContractableToday) : query.OrderBy(a => a.ContractableToday),
            "name" => request.Descending ? query.OrderByDescending(a => a.Name) : query.OrderBy(a => a.Name),
            _ => query.OrderBy(a => a.Name),
        };

        // A unique tie-breaker keeps paging stable when names repeat.
        return sorted.ThenBy(a => a.Id);
    }
}
