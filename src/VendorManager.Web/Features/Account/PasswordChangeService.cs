using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using VendorManager.Persistence;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Account;

/// <summary>
/// Changes the signed-in user's own password. Identity renews the security stamp with it, which ends every
/// session of the user (the cookie's stamp is checked on each request), this one included: the page
/// then sends the user to sign in with the new password.
/// </summary>
public sealed class PasswordChangeService(
    IServiceScopeFactory scopeFactory,
    CurrentUser currentUser,
    IValidator<PasswordChangeForm> validator,
    IStringLocalizer<AccountText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>Whether the signed-in user's password was set by someone else and must be changed before anything else.</summary>
    public bool IsRequired => PasswordChangeRequirement.Applies(currentUser.Principal);

    public async Task<Result> ChangeAsync(PasswordChangeForm form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        // Identity's stores take the scoped context; a scope per command keeps the circuit from holding one.
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (currentUser.Scope.IsSystem || await users.GetUserAsync(currentUser.Principal) is not { } user)
        {
            return Result.Fail(shared["Message.Forbidden"]);
        }

        try
        {
            // The new password and the end of "must change" together, or neither.
            await using var transaction = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.BeginTransactionAsync(cancellationToken);
            var changed = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
            if (changed.Succeeded)
            {
                changed = await PasswordChangeRequirement.ClearAsync(users, user);
            }

            if (changed.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
                return Result.Ok();
            }

            return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? Result.Invalid(nameof(PasswordChangeForm.CurrentPassword), text["Password.CurrentWrong"])
                : Result.Invalid(nameof(PasswordChangeForm.NewPassword), changed.Errors.First().Description);
        }
        catch (Exception e) when (SaveRefusal.Applies(e))
        {
            return Result.Fail(SaveRefusal.Describe(e, shared));
        }
    }
}
