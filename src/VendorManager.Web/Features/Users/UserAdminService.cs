using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Grants;
using VendorManager.Persistence;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Users;

/// <summary>A row of the user list.</summary>
/// <param name="Role">The role name (<see cref="Roles"/>), or null for a user without one.</param>
/// <param name="UnitOrAgency">The bound host unit's or agency's name, if any.</param>
/// <param name="LockedUntil">Set while the account is locked out; <see cref="UserAdminService.LockedIndefinitely"/> when the Admin locked it.</param>
/// <param name="PendingRole">The role of a grant that awaits its second person's approval, if any.</param>
public sealed record UserRow(
    string Id, string UserName, string DisplayName, string? Role, string? UnitOrAgency, DateTimeOffset? LockedUntil, string? PendingRole)
{
    public bool IsLockedOut => LockedUntil is not null;

    public bool IsLockedByAdmin => LockedUntil >= UserAdminService.LockedIndefinitely;

    /// <summary>County finance: a Finance user bound to no unit, whose binding reads "the whole county".</summary>
    public bool IsCountyFinance => UnitOrAgency is null && Role == Roles.Finance;

    /// <summary>What the Admin may press on the row: a locked account is unlocked, an active one locked.</summary>
    public IReadOnlyList<UserAction> Actions =>
        [UserAction.Edit, IsLockedOut ? UserAction.Unlock : UserAction.Lock, UserAction.ResetPassword];
}

/// <summary>A button of the user list's row, in the order shown.</summary>
public enum UserAction
{
    Edit = 1,
    Lock = 2,
    Unlock = 3,
    ResetPassword = 4,
}

/// <summary>What an edit of a user did: saved at once, or filed a role or binding change for approval.</summary>
public enum UserChange
{
    Saved = 1,
    AwaitsApproval = 2,
}

/// <summary>An entry of a select list.</summary>
public sealed record LookupItem(int Id, string Name);

/// <summary>What the user dialog's select lists offer.</summary>
public sealed record UserLookups(IReadOnlyList<LookupItem> HostUnits, IReadOnlyList<LookupItem> Agencies);

/// <summary>
/// User administration (系统管理员 only). Identity's UserManager holds a DbContext, and a Blazor
/// circuit lives for hours, so every operation runs in a fresh DI scope acting as the current user;
/// the scope's context is the one Identity's stores use, so a transaction on it covers them all.
/// A role or a unit or agency binding is never given here: the Admin files a <see cref="GrantRequest"/>
/// and <see cref="Grants.GrantService"/> applies it when a second person approves (decision 0015).
/// </summary>
public sealed class UserAdminService(
    IServiceScopeFactory scopeFactory,
    CurrentUser currentUser,
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<UserForm> formValidator,
    IValidator<ResetPasswordForm> passwordValidator,
    TimeProvider clock,
    IStringLocalizer<UsersText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>
    /// The lockout end of an account the Admin locked: far enough to mean "until unlocked", and a
    /// real date (not DateTimeOffset.MaxValue) so that both providers store it as it is.
    /// </summary>
    public static readonly DateTimeOffset LockedIndefinitely = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Who administers users: the Admin alone.</summary>
    public static bool MayAdminister(UserScope scope) => scope.Has(Permissions.ManageUsers);

    private bool IsAdmin => MayAdminister(currentUser.Scope);

    private string Forbidden => shared["Message.Forbidden"];

    private string NotFound => shared["Message.NotFound"];

    public async Task<Result<PagedResult<UserRow>>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result<PagedResult<UserRow>>.Fail(Forbidden);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var users = db.Users.AsNoTracking();
        if (request.SearchText is { } search)
        {
            var normalized = search.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(normalized) || u.DisplayName.Contains(search));
        }

        users = (request.SortBy, request.Descending) switch
        {
            (nameof(UserRow.DisplayName), false) => users.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName),
            (nameof(UserRow.DisplayName), true) => users.OrderByDescending(u => u.DisplayName).ThenBy(u => u.UserName),
            (_, true) => users.OrderByDescending(u => u.UserName),
            _ => users.OrderBy(u => u.UserName),
        };

        // Written by hand rather than with Mapperly: the role and the unit or agency name are
        // subqueries over Identity's join table and two other sets, not members of AppUser.
        var page = await users
            .Select(u => new
            {
                u.Id,
                UserName = u.UserName!,
                u.DisplayName,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
                UnitOrAgency = db.HostUnits.Where(h => h.Id == u.HostUnitId).Select(h => h.Name).FirstOrDefault()
                    ?? db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Name).FirstOrDefault(),
                u.LockoutEnd,
                IsLockedOut = u.LockoutEnd != null && u.LockoutEnd > now,
                PendingRole = db.GrantRequests.Where(g => g.UserId == u.Id && g.Status == GrantStatus.Pending).Select(g => g.Role).FirstOrDefault(),
            })
            .ToPageAsync(request, cancellationToken);
        var rows = page.Items
            .Select(u => new UserRow(u.Id, u.UserName, u.DisplayName, u.Role, u.UnitOrAgency, u.IsLockedOut ? u.LockoutEnd : null, u.PendingRole))
            .ToList();
        return Result<PagedResult<UserRow>>.Ok(new PagedResult<UserRow>(rows, page.TotalCount));
    }

    /// <summary>
    /// The form for editing a user, with the concurrency stamp of this moment; its role and binding are those
    /// awaiting approval, if any, since that is what the user will have.
    /// </summary>
    public async Task<Result<UserForm>> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result<UserForm>.Fail(Forbidden);
        }

        await using var scope = NewScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Result<UserForm>.Fail(NotFound);
        }

        var reach = await ReachAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), users, user, cancellationToken);
        return Result<UserForm>.Ok(new UserForm
        {
            Id = user.Id,
            UserName = user.UserName ?? string.Empty,
            DisplayName = user.DisplayName,
            Role = reach.Role,
            HostUnitId = reach.HostUnitId,
            AgencyId = reach.AgencyId,
            IsUnitHead = user.IsUnitHead,
            ConcurrencyStamp = user.ConcurrencyStamp,
        });
    }

    public async Task<Result<UserLookups>> GetLookupsAsync(CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result<UserLookups>.Fail(Forbidden);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var units = await db.HostUnits.AsNoTracking().OrderBy(h => h.Name)
            .Select(h => new LookupItem(h.Id, h.Name)).ToListAsync(cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new LookupItem(a.Id, a.Name)).ToListAsync(cancellationToken);
        return Result<UserLookups>.Ok(new UserLookups(units, agencies));
    }

    /// <summary>
    /// Creates the user without a role, and the request for its role and binding, together or not at all;
    /// returns the new id. The user cannot sign in until the request is approved.
    /// </summary>
    public async Task<Result<string>> CreateAsync(UserForm form, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result<string>.Fail(Forbidden);
        }

        form.Id = null;
        var validation = await formValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<string>.Invalid(validation);
        }

        await using var scope = NewScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await CheckBindingAsync(db, form, cancellationToken) is { } bindingError)
        {
            return Result<string>.Invalid(bindingError.Field, bindingError.Message);
        }

        if (await users.FindByNameAsync(form.UserName) is not null)
        {
            return Result<string>.Invalid(nameof(UserForm.UserName), text["Validation.UserNameTaken"]);
        }

        var user = new AppUser { UserName = form.UserName, DisplayName = form.DisplayName.Trim(), IsUnitHead = IsUnitHead(form) };
        return await SaveAsync(
            db,
            async () =>
            {
                var outcome = form.AsksPassword ? await users.CreateAsync(user, form.Password) : await users.CreateAsync(user);
                if (outcome.Succeeded && form.AsksPassword)
                {
                    // The Admin chose it: the user changes it at the first sign-in.
                    outcome = await PasswordChangeRequirement.RequireAsync(users, user);
                }

                return outcome.Succeeded ? await FileAsync(db, RoleGrant(user, form), cancellationToken) : outcome;
            },
            () => user.Id,
            cancellationToken);
    }

    /// <summary>
    /// Changes the display name (never the user name or the password). A change of role or binding is filed
    /// as a grant request and waits for its approver; until then the user keeps the role and binding it has.
    /// </summary>
    public async Task<Result<UserChange>> UpdateAsync(string id, UserForm form, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result<UserChange>.Fail(Forbidden);
        }

        // The id given wins over the form's, and marks the form as an edit (no password rules).
        form.Id = id;
        var validation = await formValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<UserChange>.Invalid(validation);
        }

        await using var scope = NewScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Result<UserChange>.Fail(NotFound);
        }

        var reach = await ReachAsync(db, users, user, cancellationToken);
        var roleChanged = reach.Role != form.Role;
        // An Admin who demoted themselves could leave the system with nobody to administer it.
        if (roleChanged && id == currentUser.Scope.UserId)
        {
            return Result<UserChange>.Invalid(nameof(UserForm.Role), text["Validation.CannotChangeOwnRole"]);
        }

        if (await CheckBindingAsync(db, form, cancellationToken) is { } bindingError)
        {
            return Result<UserChange>.Invalid(bindingError.Field, bindingError.Message);
        }

        var grant = roleChanged || reach.HostUnitId != form.HostUnitId || reach.AgencyId != form.AgencyId;
        if (grant && reach.Pending)
        {
            // One request at a time: the approver decides on what the user will have, not on a queue of edits.
            return Result<UserChange>.Invalid(nameof(UserForm.Role), text["Validation.GrantPending"]);
        }

        if (form.ConcurrencyStamp is not null)
        {
            // Identity's store re-attaches the user, which may take the current value as the original
            // one or keep the original: both are the stamp the form was loaded with, so a newer edit fails.
            var stamp = db.Entry(user).Property(u => u.ConcurrencyStamp);
            stamp.CurrentValue = form.ConcurrencyStamp;
            stamp.OriginalValue = form.ConcurrencyStamp;
        }

        user.DisplayName = form.DisplayName.Trim();
        user.IsUnitHead = IsUnitHead(form);
        return await SaveAsync(
            db,
            async () =>
            {
                var outcome = await users.UpdateAsync(user);
                return outcome.Succeeded && grant ? await FileAsync(db, RoleGrant(user, form), cancellationToken) : outcome;
            },
            () => grant ? UserChange.AwaitsApproval : UserChange.Saved,
            cancellationToken);
    }

    /// <summary>Locks the account until an Admin unlocks it, and ends its open sessions.</summary>
    public async Task<Result> LockAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result.Fail(Forbidden);
        }

        if (id == currentUser.Scope.UserId)
        {
            return Result.Fail(text["Message.CannotLockSelf"]);
        }

        return await WithUserAsync(id, (db, users, user) => SaveAsync(db, async () =>
        {
            var outcome = IdentityResult.Success;
            if (!user.LockoutEnabled)
            {
                outcome = await users.SetLockoutEnabledAsync(user, true);
            }

            if (outcome.Succeeded)
            {
                outcome = await users.SetLockoutEndDateAsync(user, LockedIndefinitely);
            }

            // The stamp change makes the revalidating state provider and the cookie check sign them out.
            return outcome.Succeeded ? await users.UpdateSecurityStampAsync(user) : outcome;
        }, cancellationToken));
    }

    /// <summary>
    /// Unlocks an account failed sign-ins locked, and forgets the failures. An account the Admin locked gives its
    /// role's reach back when unlocked, so that is filed as a grant for the approver of its role (decision 0015).
    /// </summary>
    public async Task<Result<UserChange>> UnlockAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result<UserChange>.Fail(Forbidden);
        }

        await using var scope = NewScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Result<UserChange>.Fail(NotFound);
        }

        var reach = await ReachAsync(db, users, user, cancellationToken);
        var lockedByAdmin = user.LockoutEnd >= LockedIndefinitely;
        if (!lockedByAdmin || reach.Role is not { } role)
        {
            return await SaveAsync(db, () => UnlockNowAsync(users, user), () => UserChange.Saved, cancellationToken);
        }

        if (reach.Pending)
        {
            return Result<UserChange>.Fail(text["Validation.GrantPending"]);
        }

        var unlock = GrantRequest.ForUnlock(user.Id, user.UserName!, role, user.HostUnitId, user.AgencyId, currentUser.Scope, clock.GetUtcNow());
        return await SaveAsync(db, () => FileAsync(db, unlock, cancellationToken), () => UserChange.AwaitsApproval, cancellationToken);
    }

    /// <summary>Ends the lock and forgets the failed sign-ins; also what an approved unlock does.</summary>
    internal static async Task<IdentityResult> UnlockNowAsync(UserManager<AppUser> users, AppUser user)
    {
        var outcome = await users.SetLockoutEndDateAsync(user, null);
        return outcome.Succeeded ? await users.ResetAccessFailedCountAsync(user) : outcome;
    }

    /// <summary>
    /// Whether the Admin sets a user's new password itself: only within its own administration. Any other role's
    /// reset is a request its approver decides (<see cref="RequestPasswordResetAsync"/>, decision 0015).
    /// </summary>
    public static bool SetsPasswordItself(string? role) => role == Roles.Admin;

    /// <summary>
    /// Sets a new password under the policy and ends the user's open sessions; for an Admin account only. A password
    /// the Admin chose for a Supervisor, an Auditor or any business user would let it sign in as them.
    /// </summary>
    public async Task<Result> ResetPasswordAsync(string id, string newPassword, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result.Fail(Forbidden);
        }

        var validation = await passwordValidator.ValidateAsync(new ResetPasswordForm { Password = newPassword }, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        return await WithUserAsync(id, async (db, users, user) =>
        {
            // The role it has and the one it awaits: an Admin on its way to a business role is no longer the Admin's to set.
            var reach = await ReachAsync(db, users, user, cancellationToken);
            if (!SetsPasswordItself(reach.Role) || !SetsPasswordItself((await users.GetRolesAsync(user)).SingleOrDefault()))
            {
                return Result.Fail(text["Message.ResetNeedsApproval"]);
            }

            return await SaveAsync(db, () => SetPasswordAsync(users, user, newPassword), cancellationToken);
        });
    }

    /// <summary>
    /// Sets the password under Identity's validators, ends the sessions and requires the user to change it at the next
    /// sign-in; also what an approved reset does.
    /// </summary>
    internal static async Task<IdentityResult> SetPasswordAsync(UserManager<AppUser> users, AppUser user, string newPassword)
    {
        // Identity's own validators still have the last word (a custom one may be added later).
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, newPassword);
            if (!check.Succeeded)
            {
                return check;
            }
        }

        // Hash and stamp are saved in one update, so no moment has the new password with old sessions.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
        var updated = await users.UpdateSecurityStampAsync(user);
        // Someone other than the user chose it: the user changes it at the next sign-in.
        return updated.Succeeded ? await PasswordChangeRequirement.RequireAsync(users, user) : updated;
    }

    /// <summary>
    /// Files a password reset for the approver of the user's role; the approval sets a new password and shows it to
    /// the approver alone, so the Admin never knows a working password of an account outside its own role.
    /// </summary>
    public async Task<Result> RequestPasswordResetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Result.Fail(Forbidden);
        }

        return await WithUserAsync(id, async (db, users, user) =>
        {
            var reach = await ReachAsync(db, users, user, cancellationToken);
            if (reach.Pending)
            {
                return Result.Fail(text["Validation.GrantPending"]);
            }

            if (reach.Role is not { } role)
            {
                return Result.Fail(text["Message.ResetWithoutRole"]);
            }

            var reset = GrantRequest.ForPasswordReset(user.Id, user.UserName!, role, user.HostUnitId, user.AgencyId, currentUser.Scope, clock.GetUtcNow());
            return await SaveAsync(db, () => FileAsync(db, reset, cancellationToken), cancellationToken);
        });
    }

    /// <summary>Runs <paramref name="act"/> on the user, found in a fresh scope acting as the current user; not found is said.</summary>
    private async Task<Result> WithUserAsync(string id, Func<AppDbContext, UserManager<AppUser>, AppUser, Task<Result>> act)
    {
        await using var scope = NewScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.FindByIdAsync(id) is { } user ? await act(db, users, user) : Result.Fail(NotFound);
    }

    private async Task<Result> SaveAsync(AppDbContext db, Func<Task<IdentityResult>> change, CancellationToken cancellationToken) =>
        await SaveAsync(db, change, () => string.Empty, cancellationToken);

    /// <summary>
    /// Identity's saves for one command in one transaction, committed only when every step succeeded: a
    /// refused step, a stale concurrency stamp (Identity reports it as the error "ConcurrencyFailure", not as
    /// an exception) or a busy database (the provider's exception; on SQLite already when the transaction
    /// begins, since it takes the write lock) leaves nothing saved, and the user reads the one message.
    /// </summary>
    private async Task<Result<T>> SaveAsync<T>(
        AppDbContext db, Func<Task<IdentityResult>> change, Func<T> value, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var outcome = await change();
            if (!outcome.Succeeded)
            {
                // Disposing the uncommitted transaction rolls back every step before the refused one.
                return FromIdentity<T>(outcome);
            }

            await transaction.CommitAsync(cancellationToken);
            return Result<T>.Ok(value());
        }
        catch (Exception e) when (SaveRefusal.Applies(e))
        {
            return Result<T>.Fail(SaveRefusal.Describe(e, shared));
        }
    }

    /// <summary>A fresh DI scope acting as the current user, for one operation.</summary>
    private AsyncServiceScope NewScope()
    {
        var scope = scopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(currentUser.Principal);
        return scope;
    }

    /// <summary>The role and binding the user will have: those awaiting approval, else those it has.</summary>
    // Only a unit's own user can be its head; the mark goes with the role, so another role never keeps it.
    private static bool IsUnitHead(UserForm form) => form.IsUnitHead && form.Role == Roles.HostUnit;

    private static async Task<(string? Role, int? HostUnitId, int? AgencyId, bool Pending)> ReachAsync(
        AppDbContext db, UserManager<AppUser> users, AppUser user, CancellationToken cancellationToken)
    {
        var pending = await db.GrantRequests.AsNoTracking()
            .Where(g => g.UserId == user.Id && g.Status == GrantStatus.Pending)
            .Select(g => new { g.Role, g.HostUnitId, g.AgencyId })
            .FirstOrDefaultAsync(cancellationToken);
        if (pending is not null)
        {
            return (pending.Role, pending.HostUnitId, pending.AgencyId, true);
        }

        var roles = await users.GetRolesAsync(user);
        return (roles.Count == 1 ? roles[0] : null, user.HostUnitId, user.AgencyId, false);
    }

    private GrantRequest RoleGrant(AppUser user, UserForm form) =>
        GrantRequest.ForRole(user.Id, user.UserName!, form.Role!, form.HostUnitId, form.AgencyId, currentUser.Scope, clock.GetUtcNow());

    /// <summary>Files a grant for its approver, in the command's transaction.</summary>
    private static async Task<IdentityResult> FileAsync(AppDbContext db, GrantRequest request, CancellationToken cancellationToken)
    {
        db.GrantRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    private async Task<(string Field, string Message)?> CheckBindingAsync(
        AppDbContext db, UserForm form, CancellationToken cancellationToken)
    {
        if (form.HostUnitId is { } unitId && !await db.HostUnits.AnyAsync(h => h.Id == unitId, cancellationToken))
        {
            return (nameof(UserForm.HostUnitId), text["Validation.HostUnitUnknown"]);
        }

        if (form.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            return (nameof(UserForm.AgencyId), text["Validation.AgencyUnknown"]);
        }

        return null;
    }

    /// <summary>Identity's refusals, put where the user looks: password ones beside the password, and so on.</summary>
    private Result<T> FromIdentity<T>(IdentityResult outcome)
    {
        var error = outcome.Errors.First();
        return error.Code switch
        {
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch)
                => Result<T>.Invalid(nameof(UserForm.Password), error.Description),
            nameof(IdentityErrorDescriber.DuplicateUserName) => Result<T>.Invalid(nameof(UserForm.UserName), text["Validation.UserNameTaken"]),
            nameof(IdentityErrorDescriber.InvalidUserName) => Result<T>.Invalid(nameof(UserForm.UserName), error.Description),
            nameof(IdentityErrorDescriber.ConcurrencyFailure) => Result<T>.Fail(shared["Message.ConcurrencyConflict"]),
            _ => Result<T>.Fail(error.Description),
        };
    }
}
