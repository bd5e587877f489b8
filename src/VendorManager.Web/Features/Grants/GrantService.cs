using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Grants;
using VendorManager.Persistence;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Grants;

/// <summary>What the approver may do with a request; the page shows exactly these.</summary>
/// <summary>A pending grant as its approver reads it.</summary>
/// <param name="UnitOrAgency">The host unit's or agency's name the role is bound to, if any.</param>
public sealed record GrantRow(
    int Id,
    GrantKind Kind,
    string TargetName,
    string Role,
    string? UnitOrAgency,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    int Version,
    IReadOnlyList<GrantAction> Actions);

/// <summary>
/// The second person's side of a grant (授权审批, decision 0015): the Supervisor approves or refuses
/// business roles and API keys, an Auditor the Auditor role, another Admin the Admin role. An approved
/// role grant is applied here, with its binding, in the approval's transaction, and ends the user's
/// open sessions so that the next sign-in carries it.
/// </summary>
public sealed class GrantService(
    IServiceScopeFactory scopeFactory,
    CurrentUser currentUser,
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock,
    IStringLocalizer<GrantsText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>The roles that approve some grant; everyone else has nothing to decide.</summary>
    public static bool MayDecide(UserScope scope) =>
        scope.Role is { } role && GrantRequest.RolesApprovedBy(role).Count > 0;

    /// <summary>The pending requests the current user's role decides, with what the user may do with each.</summary>
    public async Task<Result<IReadOnlyList<GrantRow>>> ListAsync(CancellationToken cancellationToken)
    {
        var scope = currentUser.Scope;
        if (!MayDecide(scope))
        {
            return Result<IReadOnlyList<GrantRow>>.Fail(shared["Message.Forbidden"]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var roles = GrantRequest.RolesApprovedBy(scope.Role!);
        var pending = await db.GrantRequests.AsNoTracking()
            .Where(g => g.Status == GrantStatus.Pending && roles.Contains(g.Role))
            .OrderBy(g => g.RequestedAt).ThenBy(g => g.Id)
            .Select(g => new
            {
                Grant = g,
                UnitOrAgency = db.HostUnits.Where(h => h.Id == g.HostUnitId).Select(h => h.Name).FirstOrDefault()
                    ?? db.Agencies.Where(a => a.Id == g.AgencyId).Select(a => a.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return Result<IReadOnlyList<GrantRow>>.Ok(pending
            .Select(p => new GrantRow(
                p.Grant.Id, p.Grant.Kind, p.Grant.TargetName, p.Grant.Role, p.UnitOrAgency, p.Grant.RequestedBy, p.Grant.RequestedAt, p.Grant.Version,
                p.Grant.CheckDecider(scope) is null ? p.Grant.Actions() : []))
            .ToList());
    }

    /// <summary>
    /// Approves the request; a role takes effect now, a key authenticates from now on. An approved password reset
    /// gives the new password as the value, for the approver to hand to the user: it is shown nowhere else.
    /// </summary>
    public Task<Result<string?>> ApproveAsync(int id, int version, CancellationToken cancellationToken) =>
        DecideAsync(id, version, (grant, scope) => grant.Approve(scope, clock.GetUtcNow()), ApplyAsync, cancellationToken);

    /// <summary>Refuses the request with a reason; nothing is granted.</summary>
    public async Task<Result> RefuseAsync(int id, int version, string reason, CancellationToken cancellationToken) =>
        await DecideAsync(id, version, (grant, scope) => grant.Refuse(scope, reason, clock.GetUtcNow()), (_, _) => Task.FromResult(new Applied(IdentityResult.Success)), cancellationToken);

    private async Task<Result<string?>> DecideAsync(
        int id,
        int version,
        Func<GrantRequest, UserScope, GrantRefusal?> decide,
        Func<IServiceProvider, GrantRequest, Task<Applied>> apply,
        CancellationToken cancellationToken)
    {
        var scope = currentUser.Scope;
        if (!MayDecide(scope))
        {
            return Result<string?>.Fail(shared["Message.Forbidden"]);
        }

        await using var services = scopeFactory.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<CurrentUser>().Set(currentUser.Principal);
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await db.GrantRequests.SingleOrDefaultAsync(g => g.Id == id, cancellationToken) is not { } grant)
            {
                return Result<string?>.Fail(shared["Message.NotFound"]);
            }

            db.Entry(grant).Property(g => g.Version).OriginalValue = version;
            switch (decide(grant, scope))
            {
                case GrantRefusal.NotApprover:
                    return Result<string?>.Fail(shared["Message.Forbidden"]);
                case GrantRefusal.Reason:
                    return Result<string?>.Invalid("Reason", text["Validation.Reason", GrantRequest.ReasonMaxLength]);
                case { } refusal:
                    return Result<string?>.Fail(text["Refusal." + refusal]);
            }

            await db.SaveChangesAsync(cancellationToken);
            var applied = await apply(services.ServiceProvider, grant);
            if (!applied.Outcome.Succeeded)
            {
                return Result<string?>.Fail(applied.Outcome.Errors.First().Description);
            }

            await transaction.CommitAsync(cancellationToken);
            return Result<string?>.Ok(applied.Password);
        }
        catch (Exception e) when (SaveRefusal.Applies(e))
        {
            return Result<string?>.Fail(SaveRefusal.Describe(e, shared));
        }
    }

    /// <summary>
    /// Gives the approved role and binding, ends the Admin's lock, or sets a new password (a key needs nothing: its
    /// approval is what authentication reads).
    /// </summary>
    private static async Task<Applied> ApplyAsync(IServiceProvider services, GrantRequest grant)
    {
        if (grant.Kind == GrantKind.ApiKey)
        {
            return new Applied(IdentityResult.Success);
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(grant.UserId!) is not { } user)
        {
            return new Applied(IdentityResult.Failed(users.ErrorDescriber.DefaultError()));
        }

        switch (grant.Kind)
        {
            case GrantKind.Unlock:
                return new Applied(await UserAdminService.UnlockNowAsync(users, user));
            case GrantKind.PasswordReset:
                var password = await TemporaryPassword.NewAsync(users, user);
                var reset = await UserAdminService.SetPasswordAsync(users, user, password);
                return new Applied(reset, reset.Succeeded ? password : null);
        }

        var outcome = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        // The roles are created at start-up; a database that missed that (a restore, a test) gets it here.
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (outcome.Succeeded && !await roles.RoleExistsAsync(grant.Role))
        {
            outcome = await roles.CreateAsync(new IdentityRole(grant.Role));
        }

        if (outcome.Succeeded)
        {
            outcome = await users.AddToRoleAsync(user, grant.Role);
        }

        if (!outcome.Succeeded)
        {
            return new Applied(outcome);
        }

        user.HostUnitId = grant.HostUnitId;
        user.AgencyId = grant.AgencyId;

        // A new business user was created without a password (the Admin never chooses one): its first
        // password is made here and shown to the approver once, as for a reset.
        if (!await users.HasPasswordAsync(user))
        {
            var first = await TemporaryPassword.NewAsync(users, user);
            var set = await UserAdminService.SetPasswordAsync(users, user, first);
            return new Applied(set, set.Succeeded ? first : null);
        }

        // The stamp change makes the revalidating state provider and the cookie check end the old sessions.
        return new Applied(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>What applying a decision did, and the new password an approved reset set.</summary>
    private sealed record Applied(IdentityResult Outcome, string? Password = null);
}
