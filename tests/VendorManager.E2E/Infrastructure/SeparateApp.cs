namespace VendorManager.E2E.Infrastructure;

/// <summary>
/// A second app instance with its own database (the demo data afresh), for tests whose changes must not
/// reach the shared instance: a demo contract suspended, a user locked out.
/// </summary>
public class SeparateApp : IAsyncLifetime
{
    private AppServer? _server;

    public AppServer Server => _server ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>Settings of this instance beyond the shared instance's (environment variables, <c>Section__Key</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public async ValueTask InitializeAsync() => _server = await AppServer.StartAsync(Settings);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }

        GC.SuppressFinalize(this);
    }
}
