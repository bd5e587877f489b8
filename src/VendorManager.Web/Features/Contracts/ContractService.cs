using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Localization;

namespace VendorManager.Web.Features.Contracts;

/// <summary>Which scan of a contract.</summary>
public enum ContractScan
{
    /// <summary>合同签署扫描件.</summary>
    Signed = 1,

    /// <summary>保密协议扫描件.</summary>
    ConfidentialityAgreement = 2,
}

/// <summary>
/// Commissioned-operation contracts (委托运营合同). A host unit drafts its own and moves them through
/// the lifecycle; procurement approves; the Supervisor may suspend, resume and terminate. The rules are
/// the contract's and its machine's; every command goes through <see cref="CommandPipeline"/>.
/// </summary>
public sealed class ContractService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<ContractForm> validator,
    IValidator<TransitionForm> transitionValidator,
    ScanStore scans,
    INotifier notifier,
    TimeProvider clock,
    IStringLocalizer<ContractText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The folder of contract scans in the data folder.</summary>
    public const string ScanArea = "contracts";

    /// <summary>Stops the pipeline when the change has refused in the form's own terms; its words are never shown.</summary>
    private static readonly Refusal NotChanged = new("Contract.NotChanged", string.Empty);

    public async Task<PagedResult<ContractRow>> ListAsync(ContractFilter filter, PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!ContractAccess.MayView(db.Scope))
        {
            return PagedResult<ContractRow>.Refused;
        }

        var query = db.Contracts.AsNoTracking();
        if (filter.State is { } state)
        {
            query = query.Where(c => c.State == state);
        }

        if (filter.HostUnitId is { } unit)
        {
            query = query.Where(c => c.HostUnitId == unit);
        }

        if (filter.AgencyId is { } agency)
        {
            query = query.Where(c => c.AgencyId == agency);
        }

        if (filter.Month is { } month)
        {
            var first = new DateOnly(month.Year, month.Month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            query = query.Where(c => c.StartDate <= last && c.EndDate >= first);
        }

        if (request.SearchText is { } search)
        {
            query = query.Where(c => c.Number.Contains(search));
        }

        query = (request.SortBy, request.Descending) switch
        {
            (nameof(ContractRow.StartDate), false) => query.OrderBy(c => c.StartDate).ThenBy(c => c.Id),
            (nameof(ContractRow.StartDate), true) => query.OrderByDescending(c => c.StartDate).ThenByDescending(c => c.Id),
            (nameof(ContractRow.EndDate), false) => query.OrderBy(c => c.EndDate).ThenBy(c => c.Id),
            (nameof(ContractRow.EndDate), true) => query.OrderByDescending(c => c.EndDate).ThenByDescending(c => c.Id),
            (nameof(ContractRow.MonthlyFee), false) => query.OrderBy(c => c.MonthlyFee).ThenBy(c => c.Id),
            (nameof(ContractRow.MonthlyFee), true) => query.OrderByDescending(c => c.MonthlyFee).ThenByDescending(c => c.Id),
            (nameof(ContractRow.State), false) => query.OrderBy(c => c.State).ThenBy(c => c.Id),
            (nameof(ContractRow.State), true) => query.OrderByDescending(c => c.State).ThenByDescending(c => c.Id),
            (nameof(ContractRow.Number), true) => query.OrderByDescending(c => c.Number),
            (nameof(ContractRow.Number), false) => query.OrderBy(c => c.Number),
            _ => query.OrderByDescending(c => c.Id),
        };

        return await query
            .Select(c => new ContractRow(
                c.Id,
                c.Number,
                c.HostUnitId,
                // No IgnoreQueryFilters here: it would lift the data scope from the whole query, not just the names.
                db.HostUnits.Where(u => u.Id == c.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                c.AgencyId,
                db.Agencies.Where(a => a.Id == c.AgencyId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                c.State,
                c.StartDate,
                c.EndDate,
                c.MonthlyFee,
                c.Warnings.Count(w => w.ClearedOn == null)))
            .ToPageAsync(request, cancellationToken);
    }

    /// <summary>Host units and agencies to filter the list by, as far as the user sees them.</summary>
    public async Task<(IReadOnlyList<ContractOption> Units, IReadOnlyList<ContractOption> Agencies)> FilterOptionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var units = await db.HostUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new ContractOption(u.Id, u.Name)).ToListAsync(cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new ContractOption(a.Id, a.Name)).ToListAsync(cancellationToken);
        return (units, agencies);
    }

    public bool MayDraft(UserScope scope) => ContractAccess.MayDraft(scope);

    /// <summary>The agencies a unit may choose when drafting: those not blacklisted.</summary>
    public async Task<IReadOnlyList<ContractOption>> AgencyChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Agencies.AsNoTracking().Where(a => a.Status == Domain.Agencies.AgencyStatus.Active)
            .OrderBy(a => a.Name).Select(a => new ContractOption(a.Id, a.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The published KPI schemes a contract may be signed with, newest first (the first is the default).</summary>
    public async Task<IReadOnlyList<ContractOption>> KpiSchemeChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!Evaluations.EvaluationAccess.MayViewSchemes(db.Scope))
        {
            return [];
        }

        return await db.KpiSchemes.AsNoTracking().Where(s => s.State == KpiSchemeState.Published)
            .OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id)
            .Select(s => new ContractOption(s.Id, s.Name + " v" + s.VersionNumber)).ToListAsync(cancellationToken);
    }

    /// <summary>The unit's own active accounts, the ones a contract may cover.</summary>
    public async Task<IReadOnlyList<ContractOption>> AccountChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (db.Scope.HostUnitId is not { } unit || !ContractAccess.MayDraft(db.Scope))
        {
            return [];
        }

        return await db.Accounts.AsNoTracking().Where(a => a.HostUnitId == unit && a.Status == AccountStatus.Active)
            .OrderBy(a => a.Name).Select(a => new ContractOption(a.Id, a.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The agency's active project leads, by name only, for a unit drafting a contract with it: the draft does not
    /// exist yet, so no contract limits the agency, and nothing about their background checks is shown.
    /// </summary>
    public async Task<IReadOnlyList<ContractOption>> ProjectLeadChoicesAsync(int agencyId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!ContractAccess.MayDraft(db.Scope))
        {
            return [];
        }

        return await db.StaffMembers.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.AgencyId == agencyId && s.Status == StaffStatus.Active && s.Post == StaffPost.ProjectLead)
            .OrderBy(s => s.Name).Select(s => new ContractOption(s.Id, s.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The people of the contract's agency its unit may put on it, with their check status today: only for a
    /// contract of the user's own unit whose staff may still change, so that no unit reads another agency's people.
    /// </summary>
    public async Task<IReadOnlyList<StaffOption>> StaffChoicesAsync(int contractId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null || !ContractAccess.OwnsUnit(db.Scope, contract.HostUnitId) || !contract.StaffEditable)
        {
            return [];
        }

        var today = ChinaTime.Today(clock);
        var people = await db.StaffMembers.IgnoreQueryFilters().AsNoTracking().Include(s => s.Checks)
            .Where(s => s.AgencyId == contract.AgencyId && s.Status == StaffStatus.Active)
            .OrderBy(s => s.Post).ThenBy(s => s.Name)
            .ToListAsync(cancellationToken);
        return [.. people.Select(p => new StaffOption(p.Id, p.Name, p.Post, p.CheckStandingOn(today).Status))];
    }

    public async Task<Result<ContractDetail>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contract = ContractAccess.MayView(db.Scope) ? await LoadAsync(db, id, tracking: false, cancellationToken) : null;
        if (contract is null)
        {
            return Result<ContractDetail>.Fail(shared["Message.NotFound"]);
        }

        var scope = db.Scope;
        var today = ChinaTime.Today(clock);
        var now = await ContractCircumstancesReader.ReadAsync(db, contract, today, cancellationToken);
        var names = await db.HostUnits.IgnoreQueryFilters().Where(u => u.Id == contract.HostUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var agencyName = now.Agency.Name;
        var accountIds = contract.AccountIds.ToList();
        var accounts = await db.Accounts.IgnoreQueryFilters().AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .OrderBy(a => a.Name).Select(a => new CoveredAccountRow(a.Id, a.Name, a.Platform, a.Status)).ToListAsync(cancellationToken);
        var predecessor = contract.PredecessorId is { } pid
            ? await db.Contracts.IgnoreQueryFilters().Where(c => c.Id == pid).Select(c => c.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        var successors = await db.Contracts.IgnoreQueryFilters().Where(c => c.PredecessorId == contract.Id)
            .OrderBy(c => c.Id).Select(c => new ContractLink(c.Id, c.Number, c.State)).ToListAsync(cancellationToken);

        // Scheduling is Terminate with a later date, and Edit opens the form rather than pressing a step.
        var actions = contract.Actions(now)
            .Where(a => a.Trigger is not (ContractTrigger.ScheduleTermination or ContractTrigger.Edit)
                && ContractAccess.MayPress(scope, contract.HostUnitId, a.Trigger))
            .Select(a => new ContractAction(a.Trigger, a.CanFire, [.. a.Unmet.Select(DomainText.Unmet)]))
            .ToList();
        var assignments = contract.Assignments
            .Select(a => (Assignment: a, Person: now.Person(a.StaffMemberId)))
            .OrderBy(x => x.Assignment.Post).ThenBy(x => x.Person?.Name)
            .Select(x => new AssignmentRow(
                x.Assignment.Id,
                x.Assignment.StaffMemberId,
                x.Person?.Name ?? string.Empty,
                x.Assignment.Post,
                x.Person?.CheckStandingOn(today).Status ?? BackgroundCheckStatus.None,
                x.Person?.CheckStandingOn(today).ValidUntil,
                x.Person is null ? [] : [.. x.Person.AssignabilityOn(today, x.Assignment.Post).Reasons.Select(r => text.Describe(r.Why))]))
            .ToList();
        var owns = ContractAccess.OwnsUnit(scope, contract.HostUnitId);
        var can = new ContractPermissions(
            EditTerms: contract.TermsEditable && ContractAccess.MayPress(scope, contract.HostUnitId, ContractTrigger.Edit),
            EditStaff: owns && contract.StaffEditable,
            RecordChecks: owns);

        var people = await People.NamesAsync(db, [contract.CreatedBy, .. contract.History.Select(t => t.Actor)], cancellationToken);
        return Result<ContractDetail>.Ok(new ContractDetail(
            contract.Id,
            contract.Version,
            contract.Number,
            contract.HostUnitId,
            names,
            contract.AgencyId,
            agencyName,
            contract.ProcurementMethod,
            contract.StartDate,
            contract.EndDate,
            contract.MonthlyFee,
            contract.UnitSupervisor,
            contract.ProjectLeadId is { } lead ? now.Person(lead)?.Name : null,
            contract.SignedOn,
            contract.SignedScan is not null,
            contract.ConfidentialityAgreementSignedOn,
            contract.ConfidentialityAgreementScan is not null,
            contract.State,
            contract.ScheduledTerminationOn,
            predecessor,
            contract.PredecessorId,
            successors,
            people[contract.CreatedBy],
            contract.CreatedAt,
            accounts,
            assignments,
            [.. contract.History.OrderByDescending(t => t.At).ThenByDescending(t => t.Id)
                .Select(t => new TimelineRow(t.At, people[t.Actor], t.From, t.To, t.Trigger, StepReason(t)))],
            [.. contract.Warnings.OrderByDescending(w => w.RaisedOn).Select(w => new WarningRow(WarningText(w, now), w.RaisedOn, w.ClearedOn))],
            actions,
            can));
    }

    public async Task<Result<ContractForm>> GetFormAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contract = await LoadAsync(db, id, tracking: false, cancellationToken);
        if (contract is null || !ContractAccess.OwnsUnit(db.Scope, contract.HostUnitId))
        {
            return Result<ContractForm>.Fail(shared["Message.NotFound"]);
        }

        return Result<ContractForm>.Ok(new ContractForm
        {
            Number = contract.Number,
            AgencyId = contract.AgencyId,
            ProcurementMethod = contract.ProcurementMethod,
            StartDate = contract.StartDate.ToDateTime(TimeOnly.MinValue),
            EndDate = contract.EndDate.ToDateTime(TimeOnly.MinValue),
            MonthlyFee = contract.MonthlyFee.Yuan,
            UnitSupervisor = contract.UnitSupervisor,
            ProjectLeadId = contract.ProjectLeadId,
            SignedOn = contract.SignedOn?.ToDateTime(TimeOnly.MinValue),
            ConfidentialityAgreementSignedOn = contract.ConfidentialityAgreementSignedOn?.ToDateTime(TimeOnly.MinValue),
            AccountIds = contract.AccountIds,
            KpiSchemeId = contract.KpiSchemeId,
            Version = contract.Version,
        });
    }

    /// <summary>Drafts a contract for the user's own unit; returns its id.</summary>
    public async Task<Result<int>> CreateAsync(ContractForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!ContractAccess.MayDraft(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var unitId = db.Scope.HostUnitId!.Value;
        form.KpiSchemeId ??= (await KpiSchemeChoicesAsync(cancellationToken)).FirstOrDefault()?.Id;
        if (await CheckFormAsync(db, form, unitId, contractId: null, cancellationToken) is { } invalid)
        {
            return Result<int>.Invalid(invalid.Field, invalid.Message);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var drafted = Contract.Draft(unitId, form.AgencyId!.Value, form.ToTerms(), db.Scope.UserName, clock.GetUtcNow());
        if (!drafted.Succeeded)
        {
            return Result<int>.Fail(drafted.Refusal!.Message);
        }

        var contract = drafted.Value!;
        contract.CoverAccounts(form.AccountIds);
        db.Contracts.Add(contract);
        try
        {
            var saved = await pipeline.SaveAsync(db, cancellationToken);
            return saved.Result.Succeeded ? Result<int>.Ok(contract.Id) : Result<int>.Fail(saved.Result.Error!);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Result<int>.Invalid(nameof(ContractForm.Number), text["Validation.NumberTaken"]);
        }
    }

    /// <summary>Changes a draft's terms and accounts; the agency cannot change (draft a new contract instead).</summary>
    public async Task<Result> UpdateAsync(int id, ContractForm form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return await OnOwnContractAsync(id, form.Version, async (db, contract) =>
        {
            if (form.AgencyId != contract.AgencyId)
            {
                return Result.Invalid(nameof(ContractForm.AgencyId), text["Validation.AgencyFixed"]);
            }

            if (await CheckFormAsync(db, form, contract.HostUnitId, contract.Id, cancellationToken) is { } invalid)
            {
                return Result.Invalid(invalid.Field, invalid.Message);
            }

            var revised = contract.Revise(form.ToTerms());
            if (revised.Succeeded)
            {
                revised = contract.CoverAccounts(form.AccountIds);
            }

            return Described(revised);
        }, cancellationToken);
    }

    /// <summary>Stores a scan of the signed contract or of the confidentiality agreement; only while the contract is a draft.</summary>
    public async Task<Result> AttachScanAsync(int id, ContractScan which, ScanUpload upload, int version, CancellationToken cancellationToken)
    {
        string? stored = null;
        var result = await OnOwnContractAsync(id, version, async (_, contract) =>
        {
            // Asked before the file is written, so that a scan for a contract past its draft is never stored.
            if (!contract.TermsEditable)
            {
                return Described(ContractRefusals.OnlyDraftEditable);
            }

            var (scan, refusal) = await scans.StoreAsync(ScanArea, upload, cancellationToken);
            if (refusal is not null)
            {
                return Result.Fail(scans.Describe(refusal.Value));
            }

            stored = scan!.StoredName;
            return Described(which == ContractScan.Signed ? contract.AttachSignedScan(scan) : contract.AttachConfidentialityAgreementScan(scan));
        }, cancellationToken);

        // A scan written for a save that then failed is removed again, so nothing is left behind.
        if (!result.Succeeded)
        {
            scans.Delete(ScanArea, stored);
        }

        return result;
    }

    public async Task<ScanDownload?> OpenScanAsync(int id, ContractScan which, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!ContractAccess.MayView(db.Scope))
        {
            return null;
        }

        var contract = await db.Contracts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        // Named kinds only: the route binds any number (/scans/3), which is no scan, not the agreement.
        var scan = which switch
        {
            ContractScan.Signed => contract?.SignedScan,
            ContractScan.ConfidentialityAgreement => contract?.ConfidentialityAgreementScan,
            _ => null,
        };
        return scan is not null && scans.OpenRead(ScanArea, scan.StoredName) is { } stream
            ? new ScanDownload(stream, scan.ContentType, scan.OriginalName)
            : null;
    }

    public Task<Result> AssignAsync(int id, int staffMemberId, StaffPost post, int version, CancellationToken cancellationToken) =>
        OnOwnContractAsync(id, version, async (db, contract) =>
        {
            var person = await db.StaffMembers.IgnoreQueryFilters().Include(s => s.Checks)
                .SingleOrDefaultAsync(s => s.Id == staffMemberId, cancellationToken);
            if (person is null)
            {
                return Result.Fail(shared["Message.NotFound"]);
            }

            var assigned = contract.Assign(person, post, ChinaTime.Today(clock));
            db.Entry(person).State = EntityState.Unchanged;
            return Described(assigned);
        }, cancellationToken);

    public Task<Result> UnassignAsync(int id, int assignmentId, int version, CancellationToken cancellationToken) =>
        OnOwnContractAsync(id, version, (_, contract) => Task.FromResult(Described(contract.Unassign(assignmentId))), cancellationToken);

    /// <summary>
    /// Presses a lifecycle button. Returns the new contract's id for a renewal, else the same id. The
    /// version is the one the page showed: if someone acted in between, nothing happens and the user is
    /// told the contract changed.
    /// </summary>
    public async Task<Result<int>> FireAsync(int id, TransitionForm form, CancellationToken cancellationToken)
    {
        var validation = await transitionValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        Contract? successor = null;
        var fired = await RunAsync(
            id,
            form.Version,
            (scope, contract) => ContractAccess.MayPress(scope, contract.HostUnitId, form.Trigger),
            nameof(TransitionForm.SuccessorNumber),
            async (db, contract) =>
            {
                var now = await ContractCircumstancesReader.ReadAsync(db, contract, ChinaTime.Today(clock), cancellationToken);
                var stepsBefore = contract.History.Count;
                var actor = db.Scope.UserName;
                var at = clock.GetUtcNow();
                RuleResult stepped;
                switch (form.Trigger)
                {
                    case ContractTrigger.Terminate:
                        stepped = contract.Terminate(now, actor, at, form.Reason ?? string.Empty, DateOnly.FromDateTime(form.EffectiveOn!.Value));
                        break;
                    case ContractTrigger.Renew:
                        var number = form.SuccessorNumber!.Trim();
                        if (await db.Contracts.IgnoreQueryFilters().AnyAsync(c => c.Number == number, cancellationToken))
                        {
                            return Result.Invalid(nameof(TransitionForm.SuccessorNumber), text["Validation.NumberTaken"]);
                        }

                        var renewed = contract.Renew(now, actor, at, number);
                        if (renewed.Succeeded)
                        {
                            successor = renewed.Value!;
                            db.Contracts.Add(successor);
                        }

                        stepped = renewed;
                        break;
                    default:
                        stepped = contract.Fire(form.Trigger, now, actor, at, form.Reason);
                        break;
                }

                if (stepped.Succeeded)
                {
                    await ContractNotifications.NewStepsAsync(notifier, db, contract, stepsBefore, cancellationToken);
                }

                return Described(stepped);
            },
            cancellationToken);
        if (fired.Succeeded)
        {
            return Result<int>.Ok(successor?.Id ?? id);
        }

        return fired.For(nameof(TransitionForm.SuccessorNumber)) is { } taken
            ? Result<int>.Invalid(nameof(TransitionForm.SuccessorNumber), taken)
            : Result<int>.Fail(fired.Describe());
    }

    /// <param name="beyondScope">For the system's rules only (a handler following a change), which reach contracts the user cannot see.</param>
    internal static Task<Contract?> LoadAsync(AppDbContext db, int id, bool tracking, CancellationToken cancellationToken, bool beyondScope = false)
    {
        var query = (beyondScope ? db.Contracts.IgnoreQueryFilters() : db.Contracts)
            .Include(c => c.Accounts)
            .Include(c => c.Assignments)
            .Include(c => c.History)
            .Include(c => c.Warnings)
            .AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    /// <summary>Checks what the form cannot know: a unique number, the unit's own active accounts, a project lead of the agency.</summary>
    private async Task<(string Field, string Message)?> CheckFormAsync(
        AppDbContext db, ContractForm form, int unitId, int? contractId, CancellationToken cancellationToken)
    {
        var number = form.Number.Trim();
        if (number.Length > 0 && await db.Contracts.IgnoreQueryFilters().AnyAsync(c => c.Number == number && c.Id != contractId, cancellationToken))
        {
            return (nameof(ContractForm.Number), text["Validation.NumberTaken"]);
        }

        if (form.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            return (nameof(ContractForm.AgencyId), text["Validation.AgencyRequired"]);
        }

        var accountIds = form.AccountIds.Distinct().ToList();
        var own = await db.Accounts.IgnoreQueryFilters()
            .CountAsync(a => accountIds.Contains(a.Id) && a.HostUnitId == unitId, cancellationToken);
        if (own != accountIds.Count)
        {
            return (nameof(ContractForm.AccountIds), text["Validation.AccountNotOwn"]);
        }

        // A draft may keep a scheme retired since it was chosen (Submit says so); a new choice must be published.
        if (form.KpiSchemeId is { } schemeId && !await db.KpiSchemes.AnyAsync(
                s => s.Id == schemeId && (s.State == KpiSchemeState.Published || db.Contracts.Any(c => c.Id == contractId && c.KpiSchemeId == schemeId)),
                cancellationToken))
        {
            return (nameof(ContractForm.KpiSchemeId), text["Validation.KpiSchemeNotPublished"]);
        }

        if (form.ProjectLeadId is { } lead && !await db.StaffMembers.IgnoreQueryFilters()
                .AnyAsync(s => s.Id == lead && s.AgencyId == form.AgencyId && s.Post == StaffPost.ProjectLead && s.Status == StaffStatus.Active, cancellationToken))
        {
            return (nameof(ContractForm.ProjectLeadId), text["Validation.LeadNotOfAgency"]);
        }

        return null;
    }

    private Task<Result> OnOwnContractAsync(
        int id, int version, Func<AppDbContext, Contract, Task<Result>> change, CancellationToken cancellationToken) =>
        RunAsync(id, version, (scope, contract) => ContractAccess.OwnsUnit(scope, contract.HostUnitId), nameof(ContractForm.Number), change, cancellationToken);

    /// <summary>
    /// One command on a contract through the pipeline. The change answers in the form's terms (a number
    /// taken is shown beside its field), so its refusal is kept and returned in place of the pipeline's;
    /// a number taken by a save at the same moment is the database's unique index, shown beside
    /// <paramref name="numberField"/>.
    /// </summary>
    private async Task<Result> RunAsync(
        int id,
        int version,
        Func<UserScope, Contract, bool> mayAct,
        string numberField,
        Func<AppDbContext, Contract, Task<Result>> change,
        CancellationToken cancellationToken)
    {
        Result? refused = null;
        try
        {
            var run = await pipeline.RunAsync(
                new Command<Contract>(
                    (db, ct) => ContractAccess.MayView(db.Scope) ? LoadAsync(db, id, tracking: true, ct) : Task.FromResult<Contract?>(null),
                    mayAct,
                    version,
                    async (db, contract, _) =>
                    {
                        var changed = await change(db, contract);
                        if (!changed.Succeeded)
                        {
                            refused = changed;
                            return NotChanged;
                        }

                        // Parts (accounts, people, scans) change the contract too: its version must move with them.
                        db.Entry(contract).State = EntityState.Modified;
                        return RuleResult.Ok();
                    },
                    text),
                cancellationToken);
            return refused ?? run.Result;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Result.Invalid(numberField, text["Validation.NumberTaken"]);
        }
    }

    /// <summary>
    /// A warning as the reader reads it. The system stored it in Chinese with its details; another language reads
    /// it from its key (what kind, about which account or person), the details being on the page already.
    /// </summary>
    private string WarningText(ContractWarning warning, ContractCircumstances now)
    {
        var parts = warning.Key.Split(':', 2);
        var kind = parts[0];
        var subjectId = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        var subject = kind switch
        {
            "AccountClosed" => now.Accounts.FirstOrDefault(a => a.AccountId == subjectId)?.Name,
            "StaffNotAllowed" => now.Person(subjectId)?.Name,
            _ => null,
        };
        var localized = text["Warning." + kind, subject ?? string.Empty];
        return DomainText.ReadsChinese || localized.ResourceNotFound ? warning.Message : localized.Value;
    }

    // The system's own reason for a step was stored in Chinese; another language reads each of its sentences again
    // from the template it was written from, or, for one no template knows, says what the system did.
    private string? StepReason(ContractTransition step)
    {
        if (step.Actor != UserScope.SystemName || step.Reason is not { } stored || DomainText.ReadsChinese)
        {
            return step.Reason;
        }

        var suspension = stored.StartsWith(ContractSystemSuspension.Prefix, StringComparison.Ordinal);
        var said = (suspension ? stored[ContractSystemSuspension.Prefix.Length..] : stored)
            .Split(ContractSystemSuspension.Separator).Select(DomainText.Said).ToList();
        if (said.All(s => s is not null))
        {
            var sentences = string.Join("; ", said);
            return suspension ? text["Timeline.SystemSuspension", sentences] : sentences;
        }

        return text["Timeline.SystemReason." + step.Trigger] is { ResourceNotFound: false } localized ? localized.Value : stored;
    }

    private Result Described(RuleResult result) => result.Succeeded ? Result.Ok() : Result.Fail(text.Describe(result.Refusal!));
}
