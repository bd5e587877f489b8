namespace VendorManager.Web.Hosting;

/// <summary>The "Security" section of configuration.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Signed out after this long without a click or key press; 30 minutes unless configured.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in posts allowed per client address and minute; more are answered 429.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 20;

    /// <summary>
    /// Cookies only over HTTPS (the Secure flag). Unset: on everywhere but Development, where the demo
    /// runs on http://localhost. Turn off only for a trial over plain HTTP.
    /// </summary>
    public bool? SecureCookies { get; set; }
}
