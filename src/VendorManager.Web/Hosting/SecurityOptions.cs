namespace VendorManager.Web.Hosting;

/// <summary>The "Security" section of configuration.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Signed out after this long without a click or key press; 30 minutes unless configured.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
