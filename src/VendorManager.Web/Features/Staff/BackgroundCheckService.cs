using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Staff;

/// <summary>
/// Network-security background checks (网络安全背景审查): the agency requests one for its person,
/// Procurement or the Supervisor records the result, and so may a host unit for a person proposed to
/// one of its contracts: the notice puts the vetting duty on the host unit. Procurement or the
/// Supervisor may revoke a pass on new information, a county-wide verdict on the person.
/// </summary>
public sealed class BackgroundCheckService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<CheckResultForm> validator,
    IValidator<CheckRevocationForm> revocationValidator,
    IOptions<StaffOptions> options,
    TimeProvider clock,
    IStringLocalizer<StaffText> text,
    IStringLocalizer<SharedText> shared)
{
    public static bool MayRecord(UserScope scope) => scope.Role is Roles.Procurement or Roles.Supervisor;

    /// <summary>The check's actions now (its machine) that this user may press: revoking a pass is the county's.</summary>
    public static IReadOnlyList<BackgroundCheckTrigger> Actions(UserScope scope, BackgroundCheck check) =>
        [.. check.Actions().Where(a => a.CanFire && a.Trigger == BackgroundCheckTrigger.Revoke && MayRecord(scope)).Select(a => a.Trigger)];

    /// <summary>
    /// May this user record the results of this person's checks? County roles always; a host unit for the
    /// people dispatched to it, exactly those it sees (<see cref="StaffService.Visible"/>): a result is the
    /// person's, valid county-wide, so a draft, which any unit may write, must not reach it.
    /// </summary>
    internal static async Task<bool> MayRecordForAsync(AppDbContext db, int staffMemberId, CancellationToken cancellationToken) =>
        MayRecord(db.Scope)
        || (db.Scope.IsInRole(Roles.HostUnit) && await StaffService.Visible(db).AnyAsync(s => s.Id == staffMemberId, cancellationToken));

    /// <summary>How many months a pass is valid unless the recorder says otherwise.</summary>
    public int CheckValidityMonths => options.Value.CheckValidityMonths;

    /// <summary>The last valid day of a pass concluded on <paramref name="checkedOn"/>, by the configured validity.</summary>
    public DateOnly DefaultValidUntil(DateOnly checkedOn) =>
        BackgroundCheck.DefaultValidUntil(checkedOn, options.Value.CheckValidityMonths);

    /// <summary>A result form starting from today with the default validity.</summary>
    public CheckResultForm NewResultForm()
    {
        var today = ChinaTime.Today(clock);
        return new CheckResultForm
        {
            CheckedOn = today.ToDateTime(TimeOnly.MinValue),
            ValidUntil = DefaultValidUntil(today).ToDateTime(TimeOnly.MinValue),
        };
    }

    public async Task<Result<int>> RequestAsync(int staffMemberId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = db.Scope;
        if (!StaffService.MayEdit(scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var person = await db.StaffMembers.Include(s => s.Checks).SingleOrDefaultAsync(s => s.Id == staffMemberId, cancellationToken);
        if (person is null)
        {
            return Result<int>.Fail(shared["Message.NotFound"]);
        }

        if (!person.CanRequestCheck)
        {
            return Result<int>.Fail(text.Describe(StaffRefusals.CannotRequestCheck));
        }

        var check = person.RequestCheck(clock.GetUtcNow(), scope.UserName);
        var saved = await pipeline.SaveAsync(db, cancellationToken);
        return saved.Result.Succeeded ? Result<int>.Ok(check.Id) : Result<int>.Fail(saved.Result.Error!);
    }

    public async Task<Result> RecordAsync(int checkId, CheckResultForm form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var recorded = await pipeline.RunAsync(
            new Command<BackgroundCheck>(
                async (db, ct) =>
                {
                    // A host unit cannot see agencies' records; it may reach this one only through its contract.
                    var check = await db.BackgroundChecks.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.Id == checkId, ct);
                    return check is not null && (!db.Scope.IsInRole(Roles.HostUnit) || await MayRecordForAsync(db, check.StaffMemberId, ct)) ? check : null;
                },
                (scope, _) => MayRecord(scope) || scope.IsInRole(Roles.HostUnit),
                null,
                (db, check, _) => Task.FromResult(Record(db, check, form)),
                text),
            cancellationToken);
        return recorded.Result;
    }

    private RuleResult Record(AppDbContext db, BackgroundCheck check, CheckResultForm form)
    {
        if (!check.IsPending)
        {
            return StaffRefusals.AlreadyRecorded;
        }

        db.Vouch(check);
        var today = ChinaTime.Today(clock);
        var checkedOn = DateOnly.FromDateTime(form.CheckedOn!.Value);
        var by = db.Scope.UserName;
        if (form.Result == BackgroundCheckResult.Passed)
        {
            var validUntil = form.ValidUntil is { } until ? DateOnly.FromDateTime(until) : DefaultValidUntil(checkedOn);
            check.RecordPass(checkedOn, form.Authority, form.ReferenceNumber!, validUntil, form.Remark, clock.GetUtcNow(), by, today);
        }
        else
        {
            check.RecordFailure(checkedOn, form.Authority, form.ReferenceNumber, form.Remark, clock.GetUtcNow(), by, today);
        }

        return RuleResult.Ok();
    }

    /// <summary>
    /// 撤销审查结论: the pass no longer holds. In the same save the person's assignments end and the contracts
    /// left without an allowed editor or reviewer are suspended by the system (<see cref="BackgroundCheckFailed"/>).
    /// </summary>
    public async Task<Result> RevokeAsync(int checkId, CheckRevocationForm form, CancellationToken cancellationToken)
    {
        var validation = await revocationValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return (await pipeline.RunAsync(
            new Command<BackgroundCheck>(
                (db, ct) => db.BackgroundChecks.SingleOrDefaultAsync(c => c.Id == checkId, ct),
                (scope, _) => MayRecord(scope),
                form.Version,
                (db, check, _) => Task.FromResult(check.Revoke(form.Reason, clock.GetUtcNow(), db.Scope.UserName)),
                text),
            cancellationToken)).Result;
    }

    /// <summary>The "checks to record" queue: waiting checks, oldest request first.</summary>
    public async Task<PagedResult<CheckQueueRow>> QueueAsync(PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayRecord(db.Scope))
        {
            return PagedResult<CheckQueueRow>.Refused;
        }

        var query =
            from c in db.BackgroundChecks.AsNoTracking()
            where c.Result == null
            join s in db.StaffMembers on c.StaffMemberId equals s.Id
            join a in db.Agencies on s.AgencyId equals a.Id
            orderby c.RequestedAt, c.Id
            select new { CheckId = c.Id, StaffMemberId = s.Id, s.Name, AgencyName = a.Name, s.Post, s.MaskedIdNumber, c.RequestedAt, c.RequestedBy };
        if (request.SearchText is { } search)
        {
            query = query.Where(r => r.Name.Contains(search) || r.AgencyName.Contains(search));
        }

        var page = await query.ToPageAsync(request, cancellationToken);
        var people = await People.NamesAsync(db, page.Items.Select(r => r.RequestedBy), cancellationToken);
        return new PagedResult<CheckQueueRow>(
            [.. page.Items.Select(r => new CheckQueueRow(r.CheckId, r.StaffMemberId, r.Name, r.AgencyName, r.Post, r.MaskedIdNumber, r.RequestedAt, people[r.RequestedBy]))],
            page.TotalCount);
    }

    public async Task<int> CountToRecordAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return MayRecord(db.Scope) ? await db.BackgroundChecks.CountAsync(c => c.Result == null, cancellationToken) : 0;
    }
}
