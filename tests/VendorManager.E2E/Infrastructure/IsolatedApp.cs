namespace VendorManager.E2E.Infrastructure;

/// <summary>
/// A second app instance with its own demo database, for tests that change what the shared instance's
/// other tests rely on (blacklisting a demo agency) or that need other settings.
/// </summary>
public class IsolatedApp : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string>? _settings;
    private AppServer? _server;

    public IsolatedApp()
    {
    }

    protected IsolatedApp(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    public AppServer Server => _server ?? throw new InvalidOperationException("The app has not started.");

    public async ValueTask InitializeAsync() => _server = await AppServer.StartAsync(_settings);

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
