using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// The rectification list (整改清单): the Supervisor sees every unit's items and verifies or returns
/// submissions; a HostUnit user sees its own unit's (the data scope) and submits what it did with
/// evidence; an Agency user reads the items on the accounts it runs, and on an account it runs under an
/// Active contract submits its own evidence for the unit to confirm or return. Each step tells the other
/// side through the notifier, in the same save.
/// </summary>
public sealed class RectificationService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<SubmitForm> submitValidator,
    IValidator<ReturnRectificationForm> returnValidator,
    IValidator<AgencyEvidenceForm> evidenceValidator,
    IValidator<ReturnEvidenceForm> returnEvidenceValidator,
    ScanStore files,
    INotifier notifier,
    TimeProvider clock,
    IStringLocalizer<SupervisionText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The folder of rectification evidence (整改佐证材料) in the data folder.</summary>
    public const string EvidenceArea = "rectifications";

    public async Task<PagedResult<RectificationRow>> ListAsync(RectificationFilter filter, PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.SeesRectifications(db.Scope))
        {
            return PagedResult<RectificationRow>.Refused;
        }

        var today = ChinaTime.Today(clock);
        var query = Filtered(Visible(db), filter, today);
        // Most urgent first: those the unit still owes by deadline, then the rest, newest first.
        var rows = await query
            .Join(db.Findings, r => r.FindingId, f => f.Id, (r, f) => new { r, f.Severity, f.FoundOn })
            .OrderBy(x => x.r.Status == RectificationStatus.Open || x.r.Status == RectificationStatus.Returned ? 0 : x.r.Status == RectificationStatus.Submitted ? 1 : 2)
            .ThenBy(x => x.r.Deadline).ThenByDescending(x => x.r.Id)
            .Select(x => new
            {
                Item = x.r,
                Unit = db.HostUnits.Where(u => u.Id == x.r.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                Account = db.Accounts.Where(a => a.Id == x.r.AccountId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                x.Severity,
                x.FoundOn,
            })
            .ToPageAsync(request, cancellationToken);
        return new PagedResult<RectificationRow>(
            [.. rows.Items.Select(r => new RectificationRow(
                r.Item.Id, r.Unit, r.Account, r.Item.Category, r.Severity, r.FoundOn, r.Item.Deadline,
                r.Item.StateOn(today), r.Item.DaysLeftOn(today)))],
            rows.TotalCount);
    }

    /// <summary>
    /// The items the user may read, as SQL. The data scope gives the Supervisor all and a unit its own. An
    /// agency is bound to no unit, so its items are chosen here: those on an account that one of its own
    /// contracts covered in the month of the finding, i.e. a contract that took effect and whose period
    /// overlaps that month; those still open on an account it runs now (Active or Suspended), found before
    /// its contract began too (issue 25: the present operator does the fixing); and those it has submitted
    /// evidence on. IgnoreQueryFilters holds for the whole query (every join and lookup built on
    /// it), so the agency's own contracts are named explicitly rather than left to the filter.
    /// </summary>
    internal static IQueryable<RectificationItem> Visible(AppDbContext db)
    {
        if (SupervisionAccess.OwnAgency(db.Scope) is not { } agencyId)
        {
            return db.RectificationItems.AsNoTracking();
        }

        var covering = db.Contracts.Where(c => c.AgencyId == agencyId && c.State != ContractState.Draft && c.State != ContractState.UnderReview
            && c.State != ContractState.Withdrawn && c.State != ContractState.Signed);
        // The present operator fixes what is still open on the account, whenever it was found; a suspended contract shows the item
        // too, so that the agency is told why it may not submit (the item's rule) rather than that the item is gone.
        var running = covering.Where(c => c.State == ContractState.Active || c.State == ContractState.Suspended);
        return db.RectificationItems.IgnoreQueryFilters().AsNoTracking()
            .Where(r => ((r.Status == RectificationStatus.Open || r.Status == RectificationStatus.Returned)
                    && running.Any(c => c.Accounts.Any(a => a.AccountId == r.AccountId)))
                || r.AgencyEvidence.Any(e => e.AgencyId == agencyId)
                || db.Findings.IgnoreQueryFilters().Any(f => f.Id == r.FindingId
                    && covering.Any(c => c.Accounts.Any(a => a.AccountId == r.AccountId)
                        && c.StartDate.Year * 12 + c.StartDate.Month <= f.FoundOn.Year * 12 + f.FoundOn.Month
                        && c.EndDate.Year * 12 + c.EndDate.Month >= f.FoundOn.Year * 12 + f.FoundOn.Month)));
    }

    /// <summary>
    /// How many items stand in each state, in one grouped query (the home pages): the states of
    /// <see cref="Filtered"/>, grouped by the item's own <see cref="RectificationItem.StateIn"/>. Tested to
    /// agree with the list's counts.
    /// </summary>
    internal static async Task<IReadOnlyDictionary<RectificationState, int>> CountByStateAsync(
        IQueryable<RectificationItem> query, DateOnly today, CancellationToken cancellationToken)
    {
        var byState = await query.GroupBy(RectificationItem.StateIn(today))
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.State, x => x.Count, cancellationToken);
        return Enum.GetValues<RectificationState>().ToDictionary(s => s, s => byState.GetValueOrDefault(s));
    }

    /// <summary>The list's filters as SQL; Overdue and Open are told apart by the item's own rule.</summary>
    internal static IQueryable<RectificationItem> Filtered(IQueryable<RectificationItem> query, RectificationFilter filter, DateOnly today)
    {
        if (filter.HostUnitId is { } unit)
        {
            query = query.Where(r => r.HostUnitId == unit);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(r => r.Category == category);
        }

        return filter.State is { } state ? query.Where(RectificationItem.InStateOn(state, today)) : query;
    }

    public async Task<Result<RectificationDetail>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.SeesRectifications(db.Scope))
        {
            return Result<RectificationDetail>.Fail(shared["Message.Forbidden"]);
        }

        var r = await Visible(db).Include(r => r.AgencyEvidence).ThenInclude(e => e.Files).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        // The item is the user's; its finding and names are read by id, past the unit filter an agency would meet.
        var finding = r is null ? null : await db.Findings.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(f => f.Id == r.FindingId, cancellationToken);
        if (r is null || finding is null)
        {
            return Result<RectificationDetail>.Fail(shared["Message.NotFound"]);
        }

        var unit = await db.HostUnits.IgnoreQueryFilters().Where(u => u.Id == r.HostUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var account = await db.Accounts.IgnoreQueryFilters().Where(a => a.Id == r.AccountId).Select(a => a.Name).SingleAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        // An agency reads its own rounds; the unit and the county office read every round.
        var ownAgency = SupervisionAccess.OwnAgency(db.Scope);
        var rounds = r.AgencyEvidence.Where(e => ownAgency is null || e.AgencyId == ownAgency).OrderBy(e => e.Round).ToList();
        var agencyIds = rounds.Select(e => e.AgencyId).Distinct().ToList();
        var agencies = await db.Agencies.IgnoreQueryFilters().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var people = await People.NamesAsync(
            db, [r.SubmittedBy, r.VerifiedBy, r.ReturnedBy, .. rounds.SelectMany(e => new[] { e.SubmittedBy, e.ConfirmedBy, e.ReturnedBy })], cancellationToken);
        var decides = SupervisionAccess.MayDecideEvidence(db.Scope, r);
        var evidence = rounds.Select(e => new AgencyEvidenceRow(
            e.Round, agencies.GetValueOrDefault(e.AgencyId, string.Empty), e.Description, e.Status, people.OrNull(e.SubmittedBy)!, e.SubmittedAt,
            people.OrNull(e.ConfirmedBy), e.ConfirmedAt, e.ReturnReason, people.OrNull(e.ReturnedBy), e.ReturnedAt,
            [.. e.Files.OrderBy(f => f.Id).Select(f => new AgencyEvidenceFileRow(f.Id, f.File.OriginalName))],
            [.. e.Actions().Where(a => a.CanFire && decides).Select(a => a.Trigger)])).ToList();
        var maySubmitEvidence = ownAgency is { } agency && r.AwaitsUnit && !r.AgencyEvidenceAwaits
            && await RunsUnderActiveContractAsync(db, agency, r.AccountId, cancellationToken);
        return Result<RectificationDetail>.Ok(new RectificationDetail(
            r.Id, r.HostUnitId, unit, account, finding.FoundOn, r.Category, finding.Severity, finding.Description, finding.Evidence,
            r.OpenedOn, r.Deadline, r.StateOn(today), r.DaysLeftOn(today), r.Explanation, r.EvidenceOriginalName,
            people.OrNull(r.SubmittedBy), r.SubmittedAt, people.OrNull(r.VerifiedBy), r.VerifiedAt, r.ReturnReason, people.OrNull(r.ReturnedBy), r.ReturnedAt, r.ReturnCount, r.Version,
            [.. r.Actions().Where(a => a.CanFire && SupervisionAccess.MayPress(db.Scope, r, a.Trigger)).Select(a => a.Trigger)],
            evidence,
            maySubmitEvidence));
    }

    /// <summary>
    /// Whether the agency runs the account now: a contract of its own in Active state covers it. Read past the query filters, as
    /// the rest of an agency's item is; a suspended, terminated or expired contract does not count.
    /// </summary>
    private static Task<bool> RunsUnderActiveContractAsync(AppDbContext db, int agencyId, int accountId, CancellationToken cancellationToken) =>
        db.Contracts.IgnoreQueryFilters().AnyAsync(
            c => c.AgencyId == agencyId && c.State == ContractState.Active && c.Accounts.Any(a => a.AccountId == accountId), cancellationToken);

    /// <summary>
    /// The agency's round of evidence: what it did and one to <see cref="AgencyEvidence.MaxFiles"/> checked scans. The item must be
    /// one the agency reads (another agency's is not found) on an account it runs under an Active contract now (the item's rule,
    /// so a suspended or ended contract is refused in words). The unit's users are told. Files stored for a save that fails are removed.
    /// </summary>
    public async Task<Result> SubmitEvidenceAsync(int id, AgencyEvidenceForm form, IReadOnlyList<ScanUpload> uploads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var validation = await evidenceValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var stored = new List<StoredFile>();
        AgencyEvidence? round = null;
        var submitted = await ActAsync(id, form.Version, (scope, _) => SupervisionAccess.MaySubmitEvidence(scope), r => Refused(r, typeof(AgencyEvidenceForm)), async (db, item, ct) =>
        {
            if (uploads.Count is 0 or > AgencyEvidence.MaxFiles)
            {
                return SupervisionRefusals.EvidenceFileCount;
            }

            foreach (var upload in uploads)
            {
                var (file, refusal) = await files.StoreAsync(EvidenceArea, upload, ct);
                if (file is null)
                {
                    return new Refusal(EvidenceRejected, $"{upload.FileName}: {files.Describe(refusal!.Value)}");
                }

                stored.Add(file);
            }

            var agencyId = SupervisionAccess.OwnAgency(db.Scope)!.Value;
            var runs = await RunsUnderActiveContractAsync(db, agencyId, item.AccountId, ct);
            // The agency writes on the unit's item: allowed by the checks above and the item's own rule below.
            db.Vouch(item);
            var added = item.SubmitAgencyEvidence(agencyId, runs, form.Description, stored, db.Scope.UserName, clock.GetUtcNow());
            round = added.Value;
            return added;
        }, async (db, item, ct) =>
        {
            var names = await NamesAsync(db, item, ct);
            var agency = await db.Agencies.Where(a => a.Id == round!.AgencyId).Select(a => a.Name).SingleAsync(ct);
            await notifier.NotifyAsync(db, Recipients.UnitUsers(item.HostUnitId),
                RectificationMessages.EvidenceSubmitted(item.Id, round!.Round, agency, names.Account, item.Category), ct);
        }, cancellationToken);
        if (!submitted.Succeeded)
        {
            stored.ForEach(f => files.Delete(EvidenceArea, f.StoredName));
        }

        return submitted;
    }

    /// <summary>The unit confirms the agency's round: it goes with the unit's submission to the county office.</summary>
    public Task<Result> ConfirmEvidenceAsync(int id, int round, int version, CancellationToken cancellationToken) =>
        ActAsync(id, version, SupervisionAccess.MayDecideEvidence, r => Result.Fail(text.Describe(r)), (db, item, _) =>
            Task.FromResult(item.ConfirmAgencyEvidence(round, db.Scope.UserName, clock.GetUtcNow())), (_, _, _) => Task.CompletedTask, cancellationToken);

    /// <summary>The unit returns the agency's round with a reason; the agency's users are told.</summary>
    public async Task<Result> ReturnEvidenceAsync(int id, ReturnEvidenceForm form, CancellationToken cancellationToken)
    {
        var validation = await returnEvidenceValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return await ActAsync(id, form.Version, SupervisionAccess.MayDecideEvidence, r => Refused(r, typeof(ReturnEvidenceForm)), (db, item, _) =>
            Task.FromResult(item.ReturnAgencyEvidence(form.Round, form.Reason, db.Scope.UserName, clock.GetUtcNow())), async (db, item, ct) =>
        {
            var round = item.AgencyEvidence.Single(e => e.Round == form.Round);
            var names = await NamesAsync(db, item, ct);
            await notifier.NotifyAsync(db, Recipients.AgencyUsers(round.AgencyId),
                RectificationMessages.EvidenceReturned(item.Id, round.Round, names.Account, item.Category, round.ReturnReason!), ct);
        }, cancellationToken);
    }

    /// <summary>
    /// A scan of an agency's round, if the user reads the item and the round (an agency only its own); null otherwise (the endpoint
    /// answers 404 either way).
    /// </summary>
    public async Task<ScanDownload?> OpenAgencyEvidenceAsync(int id, int fileId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.SeesRectifications(db.Scope))
        {
            return null;
        }

        var agency = SupervisionAccess.OwnAgency(db.Scope);
        var file = await Visible(db).Where(r => r.Id == id)
            .SelectMany(r => r.AgencyEvidence).Where(e => agency == null || e.AgencyId == agency)
            .SelectMany(e => e.Files).Where(f => f.Id == fileId)
            .Select(f => new { f.File.StoredName, f.File.ContentType, f.File.OriginalName })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null || files.OpenRead(EvidenceArea, file.StoredName) is not { } stream)
        {
            return null;
        }

        return new ScanDownload(stream, file.ContentType, file.OriginalName);
    }

    /// <summary>
    /// The unit's submission: explanation and evidence (a new file, or the one already attached to a
    /// returned submission). The Supervisors are told. A file stored for a save that fails is removed.
    /// </summary>
    public async Task<Result> SubmitAsync(int id, SubmitForm form, ScanUpload? upload, CancellationToken cancellationToken)
    {
        var validation = await submitValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        StoredFile? evidence = null;
        var submitted = await ActAsync(id, form.Version, May(RectificationTrigger.Submit), r => Refused(r, typeof(SubmitForm)), async (db, item, ct) =>
        {
            if (upload is not null)
            {
                var (file, refusal) = await files.StoreAsync(EvidenceArea, upload, ct);
                if (file is null)
                {
                    return new Refusal(EvidenceRejected, files.Describe(refusal!.Value));
                }

                evidence = file;
            }

            return item.Submit(form.Explanation, evidence, db.Scope.UserName, clock.GetUtcNow());
        }, async (db, item, ct) =>
        {
            var names = await NamesAsync(db, item, ct);
            await notifier.NotifyAsync(db, Recipients.Supervisors,
                RectificationMessages.Submitted(item.Id, item.ReturnCount + 1, names.Unit, names.Account, item.Category), ct);
        }, cancellationToken);
        if (!submitted.Succeeded)
        {
            Discard(evidence);
        }

        return submitted;
    }

    /// <summary>The Supervisor confirms the rectification (整改到位).</summary>
    public Task<Result> VerifyAsync(int id, int version, CancellationToken cancellationToken) =>
        ActAsync(id, version, May(RectificationTrigger.Verify), r => Result.Fail(text.Describe(r)), (db, item, _) =>
            Task.FromResult(item.Verify(db.Scope.UserName, clock.GetUtcNow())), (_, _, _) => Task.CompletedTask, cancellationToken);

    /// <summary>The Supervisor sends the submission back with a reason (and maybe a new deadline); the unit's users are told.</summary>
    public async Task<Result> ReturnAsync(int id, ReturnRectificationForm form, CancellationToken cancellationToken)
    {
        var validation = await returnValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var newDeadline = form.NewDeadline is { } d ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        return await ActAsync(id, form.Version, May(RectificationTrigger.Return), ReturnRefused, (db, item, _) =>
            Task.FromResult(item.Return(form.Reason, newDeadline, db.Scope.UserName, clock.GetUtcNow())), async (db, item, ct) =>
        {
            var names = await NamesAsync(db, item, ct);
            await notifier.NotifyAsync(db, Recipients.UnitUsers(item.HostUnitId),
                RectificationMessages.Returned(item.Id, item.ReturnCount, names.Account, item.Category, item.ReturnReason!), ct);
        }, cancellationToken);
    }

    /// <summary>The evidence file, if the user's data scope sees the item; null otherwise (the endpoint answers 404 either way).</summary>
    public async Task<ScanDownload?> OpenEvidenceAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.SeesRectifications(db.Scope))
        {
            return null;
        }

        var r = await Visible(db)
            .Where(r => r.Id == id && r.EvidenceStoredName != null)
            .Select(r => new { r.EvidenceStoredName, r.EvidenceContentType, r.EvidenceOriginalName })
            .SingleOrDefaultAsync(cancellationToken);
        if (r is null || files.OpenRead(EvidenceArea, r.EvidenceStoredName!) is not { } stream)
        {
            return null;
        }

        return new ScanDownload(stream, r.EvidenceContentType!, r.EvidenceOriginalName ?? r.EvidenceStoredName!);
    }

    /// <summary>The item's unit and account by id, past the unit filter an agency acting on the item would meet.</summary>
    private static async Task<(string Unit, string Account)> NamesAsync(AppDbContext db, RectificationItem item, CancellationToken cancellationToken)
    {
        var unit = await db.HostUnits.IgnoreQueryFilters().Where(u => u.Id == item.HostUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var account = await db.Accounts.IgnoreQueryFilters().Where(a => a.Id == item.AccountId).Select(a => a.Name).SingleAsync(cancellationToken);
        return (unit, account);
    }

    private static Func<UserScope, RectificationItem, bool> May(RectificationTrigger trigger) =>
        (scope, item) => SupervisionAccess.MayPress(scope, item, trigger);

    /// <summary>
    /// One step of an item through the pipeline: the user must be allowed to act on this item
    /// (<paramref name="mayAct"/>), the change is the item's own (with its agency's evidence), and <paramref name="tell"/>
    /// writes the notification of a step taken, in the same save. The item's own refusal is worded by
    /// <paramref name="refused"/>, beside the form's field it belongs to.
    /// </summary>
    private async Task<Result> ActAsync(
        int id,
        int version,
        Func<UserScope, RectificationItem, bool> mayAct,
        Func<Refusal, Result> refused,
        Func<AppDbContext, RectificationItem, CancellationToken, Task<RuleResult>> change,
        Func<AppDbContext, RectificationItem, CancellationToken, Task> tell,
        CancellationToken cancellationToken)
    {
        Refusal? refusal = null;
        var done = await pipeline.RunAsync(
            new Command<RectificationItem>(
                // Found as the user sees it, so an agency reading the item is told it may not act, not that it is gone.
                (db, ct) => Visible(db).AsTracking().Include(r => r.AgencyEvidence).SingleOrDefaultAsync(r => r.Id == id, ct),
                mayAct,
                version,
                async (db, item, ct) =>
                {
                    var changed = await change(db, item, ct);
                    if (changed.Succeeded)
                    {
                        await tell(db, item, ct);
                    }
                    else
                    {
                        refusal = changed.Refusal;
                    }

                    return changed;
                },
                text),
            cancellationToken);
        return refusal is null ? done.Result : refused(refusal);
    }

    private void Discard(StoredFile? evidence) => files.Delete(EvidenceArea, evidence?.StoredName);

    /// <summary>The store refused the uploaded file (type, size); shown beside the evidence field.</summary>
    internal const string EvidenceRejected = "Rectification.EvidenceRejected";

    private Result ReturnRefused(Refusal refusal) => refusal == SupervisionRefusals.DeadlineBeforeToday
        ? Result.Invalid(nameof(ReturnRectificationForm.NewDeadline), text.Describe(refusal))
        : Refused(refusal, typeof(ReturnRectificationForm));

    private Result Refused(Refusal refusal, Type form) =>
        SupervisionAccess.FieldOf(refusal) is { Length: > 0 } field && (form.GetProperty(field) is not null || field == SubmitFormValidator.EvidenceField)
            ? Result.Invalid(field, text.Describe(refusal))
            : Result.Fail(text.Describe(refusal));
}
