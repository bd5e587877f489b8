using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace VendorManager.E2E.Infrastructure;

/// <summary>
/// The built web app as a real process on a free loopback port, in Development (demo users seeded)
/// over a fresh data folder, so every run starts from the same database.
/// </summary>
public sealed partial class AppServer : IAsyncDisposable
{
    // Demo seeding (contracts, supervision, notifications) and migrations run before the app listens;
    // on a loaded 2-core runner that has taken over 90 s.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(240);

    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppServer(Process process, string dataDirectory)
    {
        _process = process;
        _dataDirectory = dataDirectory;
    }

    /// <summary>For example http://127.0.0.1:43121 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's SQLite database in its fresh data folder (DatabaseSetup's file name).</summary>
    public string DatabasePath => Path.Combine(_dataDirectory, "vendormanager.db");

    /// <summary>Everything the app wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<AppServer> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = RepoPaths.WebAppDll;
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The web app is not built: {dll} is missing. Build the solution with -c {RepoPaths.Configuration} first.");
        }

        var dataDirectory = Path.Combine(Path.GetTempPath(), "vm-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0", "--contentRoot", RepoPaths.WebProject })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__DataDirectory"] = dataDirectory;
        start.Environment["Jobs__Enabled"] = "false";
        // Every test signs in from 127.0.0.1; the per-address sign-in limit is tested in the web tests.
        start.Environment["Security__SignInAttemptsPerMinute"] = "10000";
        // The test host's own settings must not leak into the app.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new AppServer(process, dataDirectory);
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        process.Exited += (_, _) => server._listening.TrySetException(
            new InvalidOperationException($"The web app exited (code {SafeExitCode(process)}) before listening.\n{server.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            server.BaseUrl = await server._listening.Task.WaitAsync(StartTimeout);
            // The first request pays for JIT and the first render; keep that out of the first test's timeouts.
            using var http = new HttpClient { Timeout = StartTimeout };
            using var warmUp = await http.GetAsync(server.BaseUrl + "/account/signin");
            warmUp.EnsureSuccessStatusCode();
            return server;
        }
        catch (TimeoutException)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException(
                $"The web app did not report 'Now listening on' within {StartTimeout.TotalSeconds:0} s.\n{server.Output}");
        }
        catch (HttpRequestException e)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"The web app is listening but its sign-in page failed: {e.Message}\n{server.Output}", e);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(match.Groups["url"].Value);
        }
    }

    private static string SafeExitCode(Process process)
    {
        try
        {
            return process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or never started: nothing left to stop.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
