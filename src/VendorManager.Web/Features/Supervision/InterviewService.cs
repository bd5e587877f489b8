using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>Interviews (约谈) of responsible persons, recorded and revised by the Supervisor.</summary>
public sealed class InterviewService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<InterviewForm> validator,
    TimeProvider clock,
    IStringLocalizer<SupervisionText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The interviews, newest first: every one for the county office, a unit's own for its users, with the open commitments past their deadline.</summary>
    public async Task<PagedResult<InterviewRow>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!InterviewRecordService.MayOpen(db.Scope))
        {
            return PagedResult<InterviewRow>.Refused;
        }

        var overdue = InterviewCommitment.OverdueOn(ChinaTime.Today(clock));
        var page = await InterviewRecordService.Readable(db).AsNoTracking()
            .OrderByDescending(i => i.HeldOn).ThenByDescending(i => i.Id)
            .Select(i => new
            {
                i.Id, i.HeldOn, i.Party, i.HostUnitId, i.AgencyId, i.PersonName, i.PersonPost, i.Reason, i.Outcome, i.Version,
                Unit = db.HostUnits.Where(u => u.Id == i.HostUnitId).Select(u => u.Name).FirstOrDefault(),
                Agency = db.Agencies.Where(a => a.Id == i.AgencyId).Select(a => a.Name).FirstOrDefault(),
                Findings = i.Findings.Select(f => f.FindingId).ToList(),
                Overdue = i.Commitments.AsQueryable().Count(overdue),
            })
            .ToPageAsync(request, cancellationToken);
        return new PagedResult<InterviewRow>(
            [.. page.Items.Select(i => new InterviewRow(
                i.Id, i.HeldOn, i.Party, i.HostUnitId, i.AgencyId, (i.Party == PartyKind.HostUnit ? i.Unit : i.Agency) ?? string.Empty, i.PersonName, i.PersonPost,
                i.Reason, i.Outcome, i.Findings, i.Version, i.Overdue))],
            page.TotalCount);
    }

    public async Task<IReadOnlyList<PartyOption>> HostUnitsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.HostUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new PartyOption(u.Id, u.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PartyOption>> AgenciesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new PartyOption(a.Id, a.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>Findings an interview may concern, newest first. Those of agencies follow once findings know the contract's agency.</summary>
    public async Task<IReadOnlyList<FindingOption>> FindingsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return [];
        }

        var rows = await db.Findings.AsNoTracking().OrderByDescending(f => f.FoundOn).ThenByDescending(f => f.Id)
            .Select(f => new
            {
                f.Id, f.HostUnitId, f.FoundOn, f.Category,
                Account = db.Accounts.Where(a => a.Id == f.AccountId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(f => new FindingOption(f.Id, f.HostUnitId, $"{f.FoundOn:yyyy-MM-dd} {f.Account} · {text["Category." + f.Category]}"))];
    }

    public async Task<Result<int>> CreateAsync(InterviewForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!SupervisionAccess.IsSupervisor(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var raised = await MayRaiseAsync(db, form, cancellationToken);
        var recorded = raised.Succeeded ? Interview.Record(Details(form), db.Scope.UserName, clock.GetUtcNow()) : raised.Refusal!;
        if (!recorded.Succeeded)
        {
            return Refused<int>(recorded.Refusal!);
        }

        db.Interviews.Add(recorded.Value!);
        var saved = await pipeline.SaveAsync(db, cancellationToken);
        return saved.Result.Succeeded ? Result<int>.Ok(recorded.Value!.Id) : Result<int>.Fail(saved.Result.Error!);
    }

    /// <summary>Corrects a record or adds the outcome after the meeting.</summary>
    public async Task<Result> UpdateAsync(int id, InterviewForm form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        Refusal? refusal = null;
        var done = await pipeline.RunAsync(
            new Command<Interview>(
                (db, ct) => db.Interviews.Include(i => i.Findings).SingleOrDefaultAsync(i => i.Id == id, ct),
                (scope, _) => SupervisionAccess.IsSupervisor(scope),
                form.Version,
                async (db, interview, ct) =>
                {
                    var raised = await MayRaiseAsync(db, form, ct);
                    var revised = raised.Succeeded ? interview.Revise(Details(form), clock.GetUtcNow()) : raised;
                    refusal = revised.Refusal;
                    return revised;
                },
                text),
            cancellationToken);
        if (refusal is null)
        {
            return done.Result;
        }

        // The interview's own refusal is shown beside the field it belongs to.
        var refused = Refused<int>(refusal);
        return refused.Error is { } error ? Result.Fail(error) : Result.Invalid(refused.FieldErrors.First().Key, refused.FieldErrors.First().Value);
    }

    /// <summary>Checks the findings the form links against the database (<see cref="Interview.MayRaise"/>), whatever the page offered.</summary>
    private static async Task<RuleResult> MayRaiseAsync(AppDbContext db, InterviewForm form, CancellationToken cancellationToken)
    {
        var wanted = form.FindingIds.Distinct().ToList();
        var units = await db.Findings.AsNoTracking().Where(f => wanted.Contains(f.Id))
            .Select(f => new { f.Id, f.HostUnitId })
            .ToDictionaryAsync(f => f.Id, f => f.HostUnitId, cancellationToken);
        return Interview.MayRaise(form.Party, form.HostUnitId, wanted, units);
    }

    private static InterviewDetails Details(InterviewForm form) => new(
        DateOnly.FromDateTime(form.HeldOn!.Value), form.Party, form.HostUnitId, form.AgencyId, form.PersonName, form.PersonPost,
        form.Reason, form.Outcome, [.. form.FindingIds]);

    private Result<T> Refused<T>(Refusal refusal) => SupervisionAccess.FieldOf(refusal) is { Length: > 0 } field
        ? Result<T>.Invalid(field, text.Describe(refusal))
        : Result<T>.Fail(text.Describe(refusal));
}
