using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Evaluations;

/// <summary>
/// Monthly evaluations (月度考核): the unit scores and submits, another person confirms, the agency
/// appeals or accepts (无异议), the unit answers, the Supervisor reopens. The rules and the steps each
/// state allows are the evaluation's (<see cref="EvaluationLifecycle"/>); this service offers the steps
/// the user may press (<see cref="EvaluationAccess"/>), runs each through <see cref="CommandPipeline"/>,
/// notifies, and runs escalation when a month becomes Final, all in one transaction.
/// </summary>
public sealed class EvaluationService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<EvaluationForm> formValidator,
    IValidator<EvaluationCommand> commandValidator,
    CalendarService calendar,
    ScanStore scans,
    INotifier notifier,
    ActivityThresholds thresholds,
    TimeProvider clock,
    CommandPipeline pipeline,
    IStringLocalizer<EvaluationsText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The folder of deduction screenshots in the data folder.</summary>
    public const string EvidenceArea = "evaluations";

    /// <summary>The month being scored now: the one before today's (China time).</summary>
    public DateOnly CurrentScoringMonth()
    {
        var today = ChinaTime.Today(clock);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
    }

    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<PagedResult<EvaluationRow>> ListAsync(EvaluationFilter filter, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!EvaluationAccess.MayViewEvaluations(db.Scope))
        {
            return PagedResult<EvaluationRow>.Refused;
        }

        var today = Today;
        var query = Visible(db);
        if (filter.Month is { } month)
        {
            query = query.Where(e => e.Month == month);
        }

        if (filter.ContractId is { } contractId)
        {
            query = query.Where(e => e.ContractId == contractId);
        }

        if (filter.SharePercent is { } share)
        {
            // A range rather than ==: SQLite keeps decimals as text; its < and > compare them as numbers.
            query = query.Where(e => e.SharePercent >= share && e.SharePercent <= share);
        }

        if (filter.HostUnitId is { } unitId)
        {
            query = query.Where(e => e.HostUnitId == unitId);
        }

        if (filter.AgencyId is { } agencyId)
        {
            query = query.Where(e => e.AgencyId == agencyId);
        }

        query = filter.Status switch
        {
            EvaluationStatus.NotStarted => query.Where(MonthlyEvaluation.DueLaterOn(today)).Where(e => e.ScoredAt == null),
            EvaluationStatus.Draft => query.Where(MonthlyEvaluation.DueLaterOn(today)).Where(e => e.ScoredAt != null),
            EvaluationStatus.Overdue => query.Where(MonthlyEvaluation.OverdueOn(today)),
            { } status => InState(query, (EvaluationState)(int)status),
            null => query,
        };

        query = (request.SortBy, request.Descending) switch
        {
            (nameof(EvaluationRow.Total), false) => query.OrderBy(e => e.Total).ThenBy(e => e.Id),
            (nameof(EvaluationRow.Total), true) => query.OrderByDescending(e => e.Total).ThenByDescending(e => e.Id),
            (nameof(EvaluationRow.Month), false) => query.OrderBy(e => e.Month).ThenBy(e => e.Id),
            (nameof(EvaluationRow.DueOn), false) => query.OrderBy(e => e.DueOn).ThenBy(e => e.Id),
            (nameof(EvaluationRow.DueOn), true) => query.OrderByDescending(e => e.DueOn).ThenByDescending(e => e.Id),
            _ => query.OrderByDescending(e => e.Month).ThenBy(e => e.HostUnitId).ThenBy(e => e.ContractId),
        };

        var page = await query
            .Select(e => new
            {
                e.Id,
                e.ContractId,
                e.HostUnitId,
                e.AgencyId,
                Number = db.Contracts.Where(c => c.Id == e.ContractId).Select(c => c.Number).FirstOrDefault() ?? string.Empty,
                Unit = db.HostUnits.Where(u => u.Id == e.HostUnitId).Select(u => u.Name).FirstOrDefault() ?? string.Empty,
                Agency = db.Agencies.Where(a => a.Id == e.AgencyId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                e.Month,
                e.State,
                Started = e.ScoredAt != null,
                e.Total,
                e.SharePercent,
                e.DueOn,
                e.AppealDeadline,
            })
            .ToPageAsync(request, cancellationToken);
        return new PagedResult<EvaluationRow>(
            [.. page.Items.Select(e => new EvaluationRow(
                e.Id, e.ContractId, e.Number, e.HostUnitId, e.Unit, e.AgencyId, e.Agency, e.Month, EvaluationStatuses.Of(e.State, e.Started, e.DueOn, today),
                e.Total, e.SharePercent, e.DueOn, e.AppealDeadline, e.Started))],
            page.TotalCount);
    }

    public async Task<Result<EvaluationDetail>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var evaluation = EvaluationAccess.MayViewEvaluations(db.Scope) ? await LoadVisibleAsync(db, id, tracking: false, cancellationToken) : null;
        if (evaluation is null)
        {
            return Result<EvaluationDetail>.Fail(shared["Message.NotFound"]);
        }

        var scheme = (await KpiSchemeService.LoadAsync(db, evaluation.KpiSchemeId, tracking: false, cancellationToken))!;
        var names = await NamesAsync(db, evaluation, cancellationToken);
        var people = await People.NamesAsync(
            db, [evaluation.SubmittedBy, evaluation.ConfirmedBy, evaluation.AppealedBy, evaluation.AnsweredBy, .. evaluation.History.Select(s => s.Actor)], cancellationToken);
        var scope = db.Scope;
        var today = Today;
        var scores = evaluation.IndicatorScores.ToDictionary(s => s.IndicatorCode, s => s.Points);
        var pressable = Pressable(scope, evaluation, today);
        return Result<EvaluationDetail>.Ok(new EvaluationDetail(
            evaluation.Id,
            evaluation.Version,
            evaluation.ContractId,
            names.Contract,
            evaluation.HostUnitId,
            names.Unit,
            evaluation.AgencyId,
            names.Agency,
            evaluation.Month,
            scheme.Title,
            evaluation.State,
            EvaluationStatuses.Of(evaluation.State, evaluation.IsStarted, evaluation.DueOn, today),
            evaluation.Earned,
            evaluation.Deducted,
            evaluation.Total,
            evaluation.Vetoed,
            evaluation.SharePercent,
            scheme.BandFor(evaluation.Total)?.ToString(),
            evaluation.DueOn,
            evaluation.Remarks,
            [.. scheme.Indicators.OrderBy(i => i.Order).Select(i => new IndicatorLineView(i.Code, i.Name, i.Weight, scores.TryGetValue(i.Code, out var p) ? p : null))],
            [.. evaluation.Deductions.OrderBy(d => d.OccurredOn).ThenBy(d => d.Id).Select(d => new DeductionLineView(
                d.Id, d.Category, d.OccurredOn, d.Count, d.Description, d.EvidenceLink, d.EvidenceFile?.OriginalName, d.FindingId))],
            evaluation.DeductionsByCategory(scheme),
            [.. evaluation.Vetoes.Select(v => new VetoLineView(v.Name, v.HighestTotal, v.OccurredOn, v.Description))],
            people.OrNull(evaluation.SubmittedBy),
            evaluation.SubmittedAt,
            people.OrNull(evaluation.ConfirmedBy),
            evaluation.ConfirmedAt,
            evaluation.AppealDeadline,
            evaluation.AppealReason,
            people.OrNull(evaluation.AppealedBy),
            evaluation.AppealedAt,
            evaluation.AppealAnswer,
            evaluation.AppealAccepted,
            people.OrNull(evaluation.AnsweredBy),
            evaluation.AnsweredAt,
            evaluation.FinalizedAt,
            [.. evaluation.History.OrderByDescending(s => s.At).ThenByDescending(s => s.Id)
                .Select(s => new EvaluationStepRow(s.At, people[s.Actor], s.From, s.To, s.Action, s.Reason))],
            [.. pressable.Where(a => a != EvaluationAction.Record)],
            pressable.Contains(EvaluationAction.Record)));
    }

    /// <summary>The form of a draft, with the scheme's arithmetic and what lies beside the form.</summary>
    public async Task<Result<EvaluationEditor>> GetEditorAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var evaluation = await LoadVisibleAsync(db, id, tracking: false, cancellationToken);
        if (evaluation is null)
        {
            return Result<EvaluationEditor>.Fail(shared["Message.NotFound"]);
        }

        if (!Pressable(db.Scope, evaluation, Today).Contains(EvaluationAction.Record))
        {
            return Result<EvaluationEditor>.Fail(text.Describe(EvaluationRefusals.NotEditable));
        }

        var scheme = (await KpiSchemeService.LoadAsync(db, evaluation.KpiSchemeId, tracking: false, cancellationToken))!;
        var names = await NamesAsync(db, evaluation, cancellationToken);
        var scores = evaluation.IndicatorScores.ToDictionary(s => s.IndicatorCode, s => s.Points);
        var form = new EvaluationForm
        {
            Indicators = [.. scheme.Indicators.OrderBy(i => i.Order).Select(i => new IndicatorScoreForm
            {
                Code = i.Code,
                Name = i.Name,
                Weight = i.Weight.Points,
                Guidance = i.Guidance,
                Points = scores.TryGetValue(i.Code, out var p) ? p.Points : null,
            })],
            Deductions = [.. evaluation.Deductions.OrderBy(d => d.OccurredOn).ThenBy(d => d.Id).Select(d => new DeductionForm
            {
                Category = d.Category,
                OccurredOn = d.OccurredOn.ToDateTime(TimeOnly.MinValue),
                Count = d.Count,
                Description = d.Description,
                EvidenceLink = d.EvidenceLink,
                EvidenceFile = d.EvidenceFile,
                FindingId = d.FindingId,
                PublishedPostId = d.PublishedPostId,
            })],
            Vetoes = [.. evaluation.Vetoes.Select(v => new VetoForm { Code = v.VetoCode, OccurredOn = v.OccurredOn.ToDateTime(TimeOnly.MinValue), Description = v.Description })],
            Remarks = evaluation.Remarks,
            Version = evaluation.Version,
        };
        var context = await ContextAsync(db, evaluation, cancellationToken);
        var review = scheme.Indicators.FirstOrDefault(i => i.Code == DefaultKpiScheme.ReviewIndicatorCode)
            ?? scheme.Indicators.OrderBy(i => i.Order).FirstOrDefault(i => i.Name.Contains(DefaultKpiScheme.ReviewIndicatorName, StringComparison.Ordinal));
        return Result<EvaluationEditor>.Ok(new EvaluationEditor(evaluation.Id, names.Contract, names.Agency, evaluation.Month, form, new EvaluationScoring(scheme), context, review?.Code));
    }

    /// <summary>Saves the scorer's sheet on a draft.</summary>
    public async Task<Result> SaveAsync(int id, EvaluationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var validation = await formValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return await RunAsync(id, EvaluationAction.Record, form.Version, async (db, evaluation, ct) =>
        {
            var scheme = (await KpiSchemeService.LoadAsync(db, evaluation.KpiSchemeId, tracking: false, ct))!;
            return evaluation.Record(scheme, form.ToSheet(), db.Scope.UserName, clock.GetUtcNow());
        }, cancellationToken);
    }

    /// <summary>Stores a screenshot for a deduction line before the sheet is saved; the line then carries it.</summary>
    public async Task<Result<StoredFile>> StoreEvidenceAsync(int id, ScanUpload upload, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var evaluation = await db.MonthlyEvaluations.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (evaluation is null || !Pressable(db.Scope, evaluation, Today).Contains(EvaluationAction.Record))
        {
            return Result<StoredFile>.Fail(shared["Message.Forbidden"]);
        }

        var (file, refusal) = await scans.StoreAsync(EvidenceArea, upload, cancellationToken);
        return refusal is { } why ? Result<StoredFile>.Fail(scans.Describe(why)) : Result<StoredFile>.Ok(file!);
    }

    public async Task<ScanDownload?> OpenEvidenceAsync(int id, int deductionId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var evaluation = EvaluationAccess.MayViewEvaluations(db.Scope) ? await LoadVisibleAsync(db, id, tracking: false, cancellationToken) : null;
        var file = evaluation?.Deductions.FirstOrDefault(d => d.Id == deductionId)?.EvidenceFile;
        return file is not null && scans.OpenRead(EvidenceArea, file.StoredName) is { } stream
            ? new ScanDownload(stream, file.ContentType, file.OriginalName)
            : null;
    }

    /// <summary>
    /// Takes a step of the flow. The version is the one the page showed: if someone acted in between,
    /// nothing happens and the user is told the evaluation changed.
    /// </summary>
    public async Task<Result> ActAsync(int id, EvaluationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var validation = await commandValidator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return await RunAsync(id, command.Action, command.Version, (db, evaluation, ct) => StepAsync(db, evaluation, command, ct), cancellationToken);
    }

    /// <summary>The step itself, with what follows from it: the notification, and escalation when the month became Final.</summary>
    private async Task<RuleResult> StepAsync(AppDbContext db, MonthlyEvaluation evaluation, EvaluationCommand command, CancellationToken cancellationToken)
    {
        var scope = db.Scope;
        var scheme = (await KpiSchemeService.LoadAsync(db, evaluation.KpiSchemeId, tracking: false, cancellationToken))!;
        var number = await db.Contracts.IgnoreQueryFilters().Where(c => c.Id == evaluation.ContractId).Select(c => c.Number).SingleAsync(cancellationToken);
        var userId = scope.UserId ?? string.Empty;
        var actor = scope.UserName;
        var at = clock.GetUtcNow();
        var done = command.Action switch
        {
            EvaluationAction.Submit => evaluation.Submit(scheme, userId, actor, at),
            EvaluationAction.Return => evaluation.Return(userId, actor, at, command.Reason),
            EvaluationAction.Confirm => evaluation.Confirm(userId, actor, at, await calendar.GetCalendarAsync(cancellationToken)),
            EvaluationAction.Appeal => evaluation.Appeal(actor, at, command.Reason),
            EvaluationAction.AcceptAppeal => evaluation.AcceptAppeal(userId, actor, at, command.Reason),
            EvaluationAction.RejectAppeal => evaluation.RejectAppeal(userId, actor, at, command.Reason),
            EvaluationAction.Accept => evaluation.Accept(actor, at),
            EvaluationAction.Reopen => evaluation.Reopen(actor, at, command.Reason),
            _ => RuleResult.Refuse(EvaluationRefusals.NotEditable),
        };
        if (!done.Succeeded)
        {
            return done;
        }

        switch (command.Action)
        {
            case EvaluationAction.Confirm:
                await notifier.NotifyAsync(db, Recipients.AgencyUsers(evaluation.AgencyId), EvaluationMessages.Confirmed(evaluation, number), cancellationToken);
                break;
            case EvaluationAction.Appeal:
                await notifier.NotifyAsync(db, Recipients.UnitUsers(evaluation.HostUnitId), EvaluationMessages.AppealFiled(evaluation, number), cancellationToken);
                break;
            case EvaluationAction.AcceptAppeal or EvaluationAction.RejectAppeal:
                await notifier.NotifyAsync(db, Recipients.AgencyUsers(evaluation.AgencyId), EvaluationMessages.AppealAnswered(evaluation, number), cancellationToken);
                break;
        }

        if (evaluation.State == EvaluationState.Final)
        {
            await EvaluationEscalation.ApplyAsync(db, notifier, evaluation, scheme, Today, at, cancellationToken);
        }

        return done;
    }

    /// <summary>
    /// A contract's or an agency's totals over the 12 months before the current one; an agency's month
    /// is the mean of its contracts' Final totals. Months without a Final evaluation have no point.
    /// </summary>
    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(int? contractId, int? agencyId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!EvaluationAccess.MayViewEvaluations(db.Scope))
        {
            return [];
        }

        var last = CurrentScoringMonth();
        var first = last.AddMonths(-11);
        var query = Visible(db).Where(e => e.State == EvaluationState.Final && e.Month >= first && e.Month <= last);
        if (contractId is { } c)
        {
            query = query.Where(e => e.ContractId == c);
        }

        if (agencyId is { } a)
        {
            query = query.Where(e => e.AgencyId == a);
        }

        var finals = await query.Select(e => new { e.Month, e.Total, e.SharePercent }).ToListAsync(cancellationToken);
        return [.. Enumerable.Range(0, 12).Select(n => first.AddMonths(n)).Select(month =>
        {
            var of = finals.Where(f => f.Month == month).ToList();
            return of.Count == 0
                ? new TrendPoint(month, null, null)
                : new TrendPoint(month, new Score(of.Average(f => f.Total.Points)), of.Average(f => f.SharePercent));
        })];
    }

    /// <summary>The Supervisor's county-wide view of a month: per unit, how many are finished (confirmed or later), overdue, not started.</summary>
    public async Task<IReadOnlyList<ProgressRow>> ProgressAsync(DateOnly month, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!EvaluationAccess.MayViewProgress(db.Scope))
        {
            return [];
        }

        var today = Today;
        var rows = await db.MonthlyEvaluations.AsNoTracking().Where(e => e.Month == month)
            .Select(e => new { e.HostUnitId, e.State, Started = e.ScoredAt != null, e.DueOn })
            .ToListAsync(cancellationToken);
        var units = await db.HostUnits.AsNoTracking().Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return [.. rows.GroupBy(r => r.HostUnitId)
            .Select(g => new ProgressRow(
                g.Key,
                units.GetValueOrDefault(g.Key, string.Empty),
                g.Count(),
                g.Count(r => r.State is EvaluationState.Confirmed or EvaluationState.Appealed or EvaluationState.Final),
                g.Count(r => r.State == EvaluationState.Draft && today > r.DueOn),
                g.Count(r => r.State == EvaluationState.Draft && !r.Started)))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.IsDone).ThenBy(r => r.HostUnitName)];
    }

    /// <summary>
    /// The state as a plain value: a cast written inside the lambda (<c>(EvaluationState)(int)status</c>)
    /// reached SQL as the number, not the stored name, and matched nothing.
    /// </summary>
    private static IQueryable<MonthlyEvaluation> InState(IQueryable<MonthlyEvaluation> query, EvaluationState state) =>
        query.Where(e => e.State == state);

    internal static Task<MonthlyEvaluation?> LoadAsync(AppDbContext db, int id, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.MonthlyEvaluations
            .Include(e => e.IndicatorScores)
            .Include(e => e.Deductions)
            .Include(e => e.Vetoes)
            .Include(e => e.History)
            .AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
    }

    /// <summary>The data scope, and for an agency only what the unit has confirmed.</summary>
    private static IQueryable<MonthlyEvaluation> Visible(AppDbContext db)
    {
        var query = db.MonthlyEvaluations.AsNoTracking();
        return db.Scope.IsInRole(Roles.Agency)
            ? query.Where(e => e.State == EvaluationState.Confirmed || e.State == EvaluationState.Appealed || e.State == EvaluationState.Final)
            : query;
    }

    private static async Task<MonthlyEvaluation?> LoadVisibleAsync(AppDbContext db, int id, bool tracking, CancellationToken cancellationToken)
    {
        var evaluation = await LoadAsync(db, id, tracking, cancellationToken);
        return evaluation is not null && db.Scope.IsInRole(Roles.Agency) && !EvaluationAccess.AgencyVisibleStates.Contains(evaluation.State)
            ? null
            : evaluation;
    }

    /// <summary>The steps the evaluation's lifecycle allows now (for this person: the four-eyes rule) that the user's role may press.</summary>
    private static IReadOnlyList<EvaluationAction> Pressable(UserScope scope, MonthlyEvaluation evaluation, DateOnly today) =>
        [.. evaluation.Actions(new EvaluationCircumstances(today, scope.UserId))
            .Where(a => a.CanFire && EvaluationAccess.MayPress(scope, a.Trigger, evaluation.HostUnitId, evaluation.AgencyId))
            .Select(a => a.Trigger)];

    private static async Task<(string Contract, string Unit, string Agency)> NamesAsync(AppDbContext db, MonthlyEvaluation evaluation, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.IgnoreQueryFilters().Where(c => c.Id == evaluation.ContractId).Select(c => c.Number).SingleAsync(cancellationToken);
        var unit = await db.HostUnits.IgnoreQueryFilters().Where(u => u.Id == evaluation.HostUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var agency = await db.Agencies.IgnoreQueryFilters().Where(a => a.Id == evaluation.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        return (contract, unit, agency);
    }

    private async Task<EvaluationContext> ContextAsync(AppDbContext db, MonthlyEvaluation evaluation, CancellationToken cancellationToken)
    {
        var accountIds = await db.Set<ContractAccount>().Where(a => a.ContractId == evaluation.ContractId).Select(a => a.AccountId).ToListAsync(cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        var month = evaluation.Month;
        var activity = await db.MonthlyActivities.AsNoTracking().Where(a => accountIds.Contains(a.AccountId) && a.Month <= month).ToListAsync(cancellationToken);
        var endOfMonth = month.AddMonths(1).AddDays(-1);
        var on = endOfMonth < Today ? endOfMonth : Today;
        var rows = accounts.Select(account =>
        {
            var record = activity.FirstOrDefault(a => a.AccountId == account.Id && a.Month == month);
            var assessment = ActivityEvaluator.Evaluate(account, activity, on, thresholds);
            return new AccountMonthRow(
                account.Id, account.Name, account.Platform, record?.Posts, record?.LastPostOn, record?.MessagesReceived, record?.MessagesAnswered,
                record?.AppUsable, assessment.Flag, assessment.DaysWithoutPost);
        }).ToList();

        var next = month.AddMonths(1);
        var names = accounts.ToDictionary(a => a.Id, a => a.Name);
        var findings = await db.Findings.AsNoTracking()
            .Where(f => accountIds.Contains(f.AccountId) && f.FoundOn >= month && f.FoundOn < next)
            .OrderBy(f => f.FoundOn).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.AccountId, f.Category, f.FoundOn, f.Description, f.Evidence })
            .ToListAsync(cancellationToken);
        var posts = await EvaluationPostReview.MonthAsync(db, evaluation.ContractId, accountIds, month, cancellationToken);
        return new EvaluationContext(
            rows,
            [
                .. findings.Select(f => new ProposedDeduction(f.Id, null, names.GetValueOrDefault(f.AccountId, string.Empty), f.Category, f.FoundOn, f.Description, f.Evidence)),
                .. posts.Unreviewed.Select(p => Proposal(p, names.GetValueOrDefault(p.AccountId, string.Empty))),
            ],
            posts.Figures);
    }

    /// <summary>A 未经审核发布 post as a category-4 deduction (审核把关不严), the post its evidence, in the reader's language.</summary>
    private ProposedDeduction Proposal(UnreviewedPost post, string accountName)
    {
        var publishedAt = ChinaTime.ToChina(post.PublishedAt);
        var why = text[post.Review == PublicationReview.NoApprovedDraft ? "Proposal.NoApprovedDraft" : "Proposal.PublishedBeforeApproval"];
        return new ProposedDeduction(
            null,
            post.Id,
            accountName,
            ProblemCategory.LaxReview,
            DateOnly.FromDateTime(publishedAt.DateTime),
            text["Proposal.UnreviewedPost", post.Title, why],
            text["Proposal.PostEvidence", post.Title, post.Address, publishedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), why]);
    }

    /// <summary>One step through the pipeline: the evaluation as the user sees it, the role for the step, the version the page showed.</summary>
    private async Task<Result> RunAsync(
        int id, EvaluationAction action, int version, Func<AppDbContext, MonthlyEvaluation, CancellationToken, Task<RuleResult>> apply, CancellationToken cancellationToken) =>
        (await pipeline.RunAsync(
            new Command<MonthlyEvaluation>(
                (db, ct) => EvaluationAccess.MayViewEvaluations(db.Scope) ? LoadVisibleAsync(db, id, tracking: true, ct) : Task.FromResult<MonthlyEvaluation?>(null),
                (scope, e) => EvaluationAccess.MayPress(scope, action, e.HostUnitId, e.AgencyId),
                version,
                async (db, e, ct) =>
                {
                    var result = await apply(db, e, ct);

                    // Lines change the evaluation too: its version must move with them.
                    db.Entry(e).State = EntityState.Modified;
                    return result;
                },
                text),
            cancellationToken)).Result;
}
