using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Persistence.Interceptors;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security.PersonalData;

namespace VendorManager.Web.Features.Staff;

/// <summary>
/// Dispatched staff (派驻人员). Agency users add and edit their own agency's people; Procurement and
/// the Supervisor see everyone and may reveal a full ID or mobile number, each reveal audited; a host
/// unit sees the people agencies dispatch. ID and mobile numbers are encrypted here, before anything
/// is stored, and only their masked forms ever leave the service except through <see cref="RevealAsync"/>.
/// </summary>
public sealed class StaffService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<StaffForm> validator,
    PersonalDataProtector protector,
    AuditInterceptor audit,
    TimeProvider clock,
    IStringLocalizer<StaffText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The audit entry of an ID number refused because another agency registered it.</summary>
    public const string IdNumberRefusedAudit = "StaffIdNumberRefused";

    /// <summary>Which wording of the purpose-of-collection notice (Purpose.Notice) is shown; change it with the wording.</summary>
    public const string PurposeNoticeVersion = "2026-11";

    public static bool MayView(UserScope scope) =>
        scope.Role is Roles.Agency or Roles.Procurement or Roles.Supervisor or Roles.HostUnit;

    public static bool MayEdit(UserScope scope) => scope.IsInRole(Roles.Agency);

    /// <summary>An agency's user adds its own people; the list offers the button from this answer.</summary>
    public static bool MayAdd(UserScope scope) => MayEdit(scope) && scope.AgencyId is not null;

    /// <summary>Only county roles that vet people see a full number, and each look is audited.</summary>
    public static bool MayReveal(UserScope scope) => scope.Role is Roles.Procurement or Roles.Supervisor;

    /// <summary>
    /// The people the user may see. The data scope already limits agency users to their agency and
    /// lets county roles see all. A host unit carries the vetting duty for the people dispatched to it,
    /// yet is bound to no agency, so it reads past the agency filter, narrowed to the people (project
    /// lead or assigned) on its contracts past the draft (<see cref="Contract.DispatchingStates"/>): not
    /// the agency's other people, and nobody through a draft, which any unit may write with any agency
    /// (docs/decisions/0005). The unit condition is spelled out because lifting the named filter lifts it
    /// for the contracts in the same query too.
    /// </summary>
    internal static IQueryable<StaffMember> Visible(AppDbContext db)
    {
        if (!db.Scope.IsInRole(Roles.HostUnit))
        {
            return db.StaffMembers;
        }

        var unit = db.Scope.HostUnitId;
        return db.StaffMembers.IgnoreQueryFilters([AppDbContext.HostUnitScopeFilter])
            .Where(s => db.Contracts.Any(c => c.HostUnitId == unit && Contract.DispatchingStates.Contains(c.State)
                && (c.ProjectLeadId == s.Id || c.Assignments.Any(a => a.StaffMemberId == s.Id))));
    }

    public async Task<PagedResult<StaffRow>> ListAsync(StaffQuery request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayView(db.Scope))
        {
            return PagedResult<StaffRow>.Refused;
        }

        var query = Visible(db).AsNoTracking().Include(s => s.Checks).AsQueryable();
        if (!request.IncludeLeft)
        {
            query = query.Where(s => s.Status == StaffStatus.Active);
        }

        if (request.Post is { } post)
        {
            query = query.Where(s => s.Post == post);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            query = query.Where(s => s.Name.Contains(search));
        }

        var today = ChinaTime.Today(clock);
        if (request.CheckStatus is { } status)
        {
            query = query.WithCheckStatus(db, status, today);
        }

        // Counted and paged in SQL, the check status too: a province's twelve thousand people cost one
        // page of 50 and their checks (docs/PERFORMANCE.md). The rows' status is the domain's own.
        var paging = new PageRequest(request.Page, request.PageSize);
        query = query.OrderBy(s => s.Name).ThenBy(s => s.Id);
        var total = await query.CountAsync(cancellationToken);
        var shown = await query.Skip(paging.Skip).Take(paging.Take).ToListAsync(cancellationToken);
        return new PagedResult<StaffRow>(await RowsAsync(db, shown, today, cancellationToken), total);
    }

    private static async Task<List<StaffRow>> RowsAsync(AppDbContext db, List<StaffMember> people, DateOnly today, CancellationToken cancellationToken)
    {
        var agencies = await AgencyNamesAsync(db, people.Select(p => p.AgencyId), cancellationToken);
        return people
            .Select(p => (Person: p, Standing: p.CheckStandingOn(today)))
            .Select(x => new StaffRow(
                x.Person.Id,
                x.Person.Name,
                x.Person.AgencyId,
                agencies.GetValueOrDefault(x.Person.AgencyId, string.Empty),
                x.Person.Post,
                x.Person.Status,
                x.Person.MaskedIdNumber,
                x.Person.MaskedMobile,
                x.Standing.Status,
                x.Standing.ValidUntil,
                x.Standing.HasPendingCheck))
            .ToList();
    }

    public async Task<Result<StaffDetail>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = db.Scope;
        var person = MayView(scope)
            ? await Visible(db).AsNoTracking().Include(s => s.Checks).SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            : null;
        if (person is null)
        {
            return Result<StaffDetail>.Fail(shared["Message.NotFound"]);
        }

        var agencies = await AgencyNamesAsync(db, [person.AgencyId], cancellationToken);
        var standing = person.CheckStandingOn(ChinaTime.Today(clock));
        var can = new StaffPermissions(
            Edit: MayEdit(scope),
            RequestCheck: MayEdit(scope) && person.CanRequestCheck,
            RecordResultOf: person.Checks.FirstOrDefault(c => c.IsPending) is { } pending && await BackgroundCheckService.MayRecordForAsync(db, person.Id, cancellationToken)
                ? pending.Id
                : null,
            Reveal: MayReveal(scope) && !person.IsPersonalInformationErased);
        var people = await People.NamesAsync(
            db, [person.PurposeAcknowledgedBy, .. person.Checks.SelectMany(c => new[] { c.RequestedBy, c.RecordedBy, c.RevokedBy })], cancellationToken);
        return Result<StaffDetail>.Ok(new StaffDetail(
            person.Id,
            person.Name,
            person.AgencyId,
            agencies.GetValueOrDefault(person.AgencyId, string.Empty),
            person.Post,
            person.Status,
            person.LeftOn,
            person.MaskedIdNumber,
            person.MaskedMobile,
            person.IsPersonalInformationErased,
            person.PurposeAcknowledgedAt,
            people[person.PurposeAcknowledgedBy],
            standing.Status,
            standing.ValidUntil,
            standing.HasPendingCheck,
            [.. person.Checks.OrderByDescending(c => c.RequestedAt).ThenByDescending(c => c.Id).Select(c => CheckRow.Of(c, BackgroundCheckService.Actions(scope, c), people))],
            can));
    }

    /// <summary>The edit form: the numbers stay empty (only their masked forms are given), so they never travel to the page.</summary>
    public async Task<Result<StaffForm>> GetFormAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayEdit(db.Scope))
        {
            return Result<StaffForm>.Fail(shared["Message.Forbidden"]);
        }

        var person = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return person is null
            ? Result<StaffForm>.Fail(shared["Message.NotFound"])
            : Result<StaffForm>.Ok(new StaffForm
            {
                IsNew = false,
                Name = person.Name,
                Post = person.Post,
                LeftOn = person.LeftOn?.ToDateTime(TimeOnly.MinValue),
                MaskedIdNumber = person.MaskedIdNumber,
                MaskedMobile = person.MaskedMobile,
                IsPersonalInformationErased = person.IsPersonalInformationErased,
                PurposeAcknowledged = true,
                Version = person.Version,
            });
    }

    public async Task<Result<int>> CreateAsync(StaffForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = db.Scope;
        if (!MayAdd(scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var agencyId = scope.AgencyId!.Value;

        form.IsNew = true;
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var person = Enrol(agencyId, form, scope.UserName);
        if (await IdNumberHolderAsync(db, person.IdNumberLookup!, exceptId: null, cancellationToken) is { } holder)
        {
            return Result<int>.Invalid(nameof(StaffForm.IdNumber), await IdNumberRefusalAsync(db, holder, person.MaskedIdNumber, cancellationToken));
        }

        db.StaffMembers.Add(person);
        var saved = await pipeline.SaveAsync(db, cancellationToken, new(nameof(StaffForm.IdNumber), IdNumberTaken(byOwnAgency: false)));
        return saved.Result.Succeeded ? Result<int>.Ok(person.Id) : Result<int>.From(saved.Result);
    }

    public async Task<Result> UpdateAsync(int id, StaffForm form, CancellationToken cancellationToken)
    {
        form.IsNew = false;
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return (await pipeline.RunAsync(
            new Command<StaffMember>(
                (db, ct) => db.StaffMembers.SingleOrDefaultAsync(s => s.Id == id, ct),
                (scope, _) => MayEdit(scope),
                form.Version,
                (db, person, ct) => EditAsync(db, person, form, ct),
                text)
            {
                Fields = new Dictionary<string, string> { [IdNumberTakenCode] = nameof(StaffForm.IdNumber) },
                Duplicate = new(nameof(StaffForm.IdNumber), IdNumberTaken(byOwnAgency: false)),
            },
            cancellationToken)).Result;
    }

    private const string IdNumberTakenCode = "Staff.IdNumberTaken";

    /// <summary>The edit itself: name and post, corrected numbers, and the leaving date through the person's lifecycle.</summary>
    private async Task<RuleResult> EditAsync(AppDbContext db, StaffMember person, StaffForm form, CancellationToken cancellationToken)
    {
        if (person.IsPersonalInformationErased && (!string.IsNullOrWhiteSpace(form.IdNumber) || !string.IsNullOrWhiteSpace(form.Mobile)))
        {
            return new Refusal("Staff.NumbersErased", text["Message.Erased"]);
        }

        person.Update(form.Name, form.Post!.Value);
        if (!string.IsNullOrWhiteSpace(form.IdNumber))
        {
            var idNumber = ResidentIdNumber.Parse(form.IdNumber, ChinaTime.Today(clock));
            var lookup = IdNumberLookup(idNumber);
            if (await IdNumberHolderAsync(db, lookup, exceptId: person.Id, cancellationToken) is { } holder)
            {
                return new Refusal(IdNumberTakenCode, await IdNumberRefusalAsync(db, holder, idNumber.Masked, cancellationToken));
            }

            person.CorrectIdNumber(idNumber, protector.Protect(idNumber.Value), lookup);
        }

        if (!string.IsNullOrWhiteSpace(form.Mobile))
        {
            var mobile = MobileNumber.Parse(form.Mobile);
            person.ChangeMobile(mobile, protector.Protect(mobile.Value));
        }

        if (form.LeftOn is { } left)
        {
            var leftOn = DateOnly.FromDateTime(left);
            if (person.LeftOn != leftOn)
            {
                person.Leave(leftOn);
            }

            return RuleResult.Ok();
        }

        return person.Status == StaffStatus.Left ? person.Reinstate() : RuleResult.Ok();
    }

    /// <summary>
    /// The full ID or mobile number, for Procurement and the Supervisor only. The look is stored as a
    /// <see cref="PersonalDataReveal"/> in the same save, so the audit interceptor chains it into the
    /// audit log under the viewer's name; no reveal without its audit entry, and the clear value is
    /// never written anywhere.
    /// </summary>
    public async Task<Result<string>> RevealAsync(int id, PersonalDataField field, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = db.Scope;
        if (!MayReveal(scope))
        {
            return Result<string>.Fail(shared["Message.Forbidden"]);
        }

        var person = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (person is null)
        {
            return Result<string>.Fail(shared["Message.NotFound"]);
        }

        var ciphertext = field switch
        {
            PersonalDataField.IdNumber => person.IdNumberCiphertext,
            PersonalDataField.Mobile => person.MobileCiphertext,
            _ => null,
        };
        if (ciphertext is null)
        {
            return Result<string>.Fail(text["Message.Erased"]);
        }

        // No look without its audit entry: the number is unsealed only once the reveal is stored.
        db.PersonalDataReveals.Add(new PersonalDataReveal(person.Id, field, clock.GetUtcNow(), scope.UserName));
        var saved = await pipeline.SaveAsync(db, cancellationToken);
        return saved.Result.Succeeded ? Result<string>.Ok(protector.Unprotect(ciphertext)) : Result<string>.Fail(saved.Result.Error!);
    }

    /// <summary>
    /// A new person of <paramref name="agencyId"/> from a form the validator accepted: the numbers
    /// encrypted with their look-up hash, the purpose acknowledged by <paramref name="acknowledgedBy"/>
    /// now. The dialog and the import both come through here, so both protect the numbers alike.
    /// </summary>
    internal StaffMember Enrol(int agencyId, StaffForm form, string acknowledgedBy)
    {
        var idNumber = ResidentIdNumber.Parse(form.IdNumber, ChinaTime.Today(clock));
        var mobile = MobileNumber.Parse(form.Mobile);
        return new StaffMember(
            agencyId,
            form.Name,
            form.Post!.Value,
            idNumber,
            mobile,
            new EncryptedPersonalInformation(protector.Protect(idNumber.Value), IdNumberLookup(idNumber), protector.Protect(mobile.Value)),
            new PurposeAcknowledgement(clock.GetUtcNow(), acknowledgedBy, PurposeNoticeVersion));
    }

    /// <summary>The keyed hash a person is found by, so "already registered?" never needs the number in clear.</summary>
    internal string IdNumberLookup(ResidentIdNumber idNumber) => protector.LookupHash(idNumber.Value);

    /// <summary>
    /// Why an ID number already registered is refused. Whom a person works for is their agency's business:
    /// only the user's own agency's registration is named; another agency's gets a refusal that names none.
    /// </summary>
    internal string IdNumberTaken(bool byOwnAgency) =>
        byOwnAgency ? text["Validation.IdNumberTaken"] : text["Validation.IdNumberUnavailable"];

    /// <summary>
    /// The refusal of a number <paramref name="holder"/> registered, in the user's words (<see cref="IdNumberTaken"/>). The
    /// uniqueness stays (a person is vetted once in the county), so the refusal itself tells an agency that a number it
    /// already holds is registered somewhere: each such refusal is an audit entry (the user, the masked number, the
    /// person holding it), so that an agency trying numbers shows in the log (decision 0005).
    /// </summary>
    internal async Task<string> IdNumberRefusalAsync(AppDbContext db, IdNumberHolder holder, string maskedIdNumber, CancellationToken cancellationToken)
    {
        var ownAgency = holder.AgencyId == db.Scope.AgencyId;
        if (!ownAgency)
        {
            await audit.RecordAsync(
                db,
                IdNumberRefusedAudit,
                holder.StaffId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [new AuditChange("MaskedIdNumber", null, maskedIdNumber)],
                cancellationToken);
        }

        return IdNumberTaken(ownAgency);
    }

    // Across all agencies: a person is registered once in the county, whichever agency sent them.
    private static Task<IdNumberHolder?> IdNumberHolderAsync(AppDbContext db, string lookup, int? exceptId, CancellationToken cancellationToken) =>
        db.StaffMembers.IgnoreQueryFilters().Where(s => s.IdNumberLookup == lookup && s.Id != exceptId)
            .Select(s => new IdNumberHolder(s.Id, s.AgencyId)).FirstOrDefaultAsync(cancellationToken);

    internal static async Task<Dictionary<int, string>> AgencyNamesAsync(
        AppDbContext db, IEnumerable<int> agencyIds, CancellationToken cancellationToken)
    {
        var ids = agencyIds.Distinct().ToList();
        return await db.Agencies.IgnoreQueryFilters().AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
    }
}

/// <summary>The person an ID number is registered for, and their agency.</summary>
internal sealed record IdNumberHolder(int StaffId, int AgencyId);
