namespace VendorManager.Web.Features.Account;

public static class AccountPaths
{
    public const string SignIn = "/account/signin";
    public const string SignOut = "/account/signout";
    public const string AccessDenied = "/account/access-denied";

    /// <summary>Query value on <see cref="SignIn"/> after an idle sign-out, so the page can say why.</summary>
    public const string IdleReason = "idle";

    /// <summary>Query value on <see cref="SignIn"/> after the user changed its password (which ends its sessions).</summary>
    public const string PasswordChangedReason = "password-changed";

    /// <summary>Query value on <see cref="SignIn"/> after a sign-in form was refused for a stale antiforgery token (<see cref="SignInExpiry"/>).</summary>
    public const string ExpiredReason = "expired";
}
