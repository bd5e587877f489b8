namespace VendorManager.E2E.Infrastructure;

/// <summary>
/// A second app instance with its own database and a 5-second idle timeout. Tests that must not
/// disturb the shared instance (locking a user out) or that need the short timeout run against it.
/// </summary>
public sealed class ShortIdleApp : IAsyncLifetime
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(5);

    private AppServer? _server;

    public AppServer Server => _server ?? throw new InvalidOperationException("The app has not started.");

    public async ValueTask InitializeAsync() =>
        _server = await AppServer.StartAsync(new Dictionary<string, string>
        {
            ["Security__IdleTimeout"] = IdleTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        });

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }
}
