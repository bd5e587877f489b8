using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using VendorManager.Persistence.Identity;

namespace VendorManager.Web.Features.Grants;

/// <summary>
/// The password an approved reset sets (临时密码): random, under the app's password policy, and shown only to the
/// approver who hands it to the user (decision 0015).
/// </summary>
internal static class TemporaryPassword
{
    // Without 0/O and 1/l/I: it is read out or copied by hand.
    private const string Characters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static async Task<string> NewAsync(UserManager<AppUser> users, AppUser user)
    {
        // Four groups of four, joined by hyphens: about 93 bits; a draw missing a digit or a case is drawn again.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var password = string.Join('-', Enumerable.Range(0, 4).Select(_ => new string(RandomNumberGenerator.GetItems<char>(Characters, 4))));
            if (await PassesAsync(users, user, password))
            {
                return password;
            }
        }

        throw new InvalidOperationException("The password policy refuses every password of four groups of four letters and digits.");
    }

    private static async Task<bool> PassesAsync(UserManager<AppUser> users, AppUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            if (!(await validator.ValidateAsync(users, user, password)).Succeeded)
            {
                return false;
            }
        }

        return true;
    }
}
