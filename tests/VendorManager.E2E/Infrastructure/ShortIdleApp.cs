namespace VendorManager.E2E.Infrastructure;

/// <summary>
/// A second app instance with its own database and a 5-second idle timeout. Tests that must not
/// disturb the shared instance (locking a user out) or that need the short timeout run against it.
/// </summary>
public sealed class ShortIdleApp() : IsolatedApp(new Dictionary<string, string>
{
    ["Security__IdleTimeout"] = IdleTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
})
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(5);
}
