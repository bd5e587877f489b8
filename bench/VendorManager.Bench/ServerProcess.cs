using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace VendorManager.Bench;

/// <summary>A built web app as its own process on a free loopback port; reports how long it took to listen.</summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process) => _process = process;

    public string BaseUrl { get; private set; } = "";

    /// <summary>From process start to "Now listening on" (migrations and seeding run before it).</summary>
    public TimeSpan StartUp { get; private set; }

    /// <summary>The process's CPU time (all threads) when it listened.</summary>
    public TimeSpan CpuAtListening { get; private set; }

    public int? HeapProbePort { get; private set; }

    public int ProcessId => _process.Id;

    public static async Task<ServerProcess> StartAsync(string dll, string contentRoot, IReadOnlyDictionary<string, string> environment, bool heapProbe = false)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = contentRoot, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0", "--contentRoot", contentRoot })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        int? port = null;
        if (heapProbe)
        {
            port = FreePort();
            start.Environment["DOTNET_STARTUP_HOOKS"] = Path.Combine(AppContext.BaseDirectory, "VendorManager.Bench.HeapProbe.dll");
            start.Environment["VM_HEAP_PROBE_PORT"] = port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var server = new ServerProcess(process) { HeapProbePort = port };
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        process.Exited += (_, _) => server._listening.TrySetException(new InvalidOperationException("The server exited before listening:\n" + server.Output));
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            server.BaseUrl = await server._listening.Task.WaitAsync(TimeSpan.FromMinutes(5));
            server.StartUp = watch.Elapsed;
            process.Refresh();
            server.CpuAtListening = process.TotalProcessorTime;
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

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

    /// <summary>The server's managed heap after full compacting collections (through the startup hook).</summary>
    public async Task<long> ManagedHeapAsync()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, HeapProbePort ?? throw new InvalidOperationException("Started without the heap probe."));
        using var reader = new StreamReader(client.GetStream(), Encoding.ASCII);
        return long.Parse(await reader.ReadToEndAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
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
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}

/// <summary>Where the repository and its built apps are.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "VendorManager.Web");

    public static string WebDll => Path.Combine(WebProject, "bin", "Release", "net10.0", "VendorManager.Web.dll");

    public static string BareProject => Path.Combine(Root, "bench", "VendorManager.Bench.BarePage");

    public static string BareDll => Path.Combine(BareProject, "bin", "Release", "net10.0", "VendorManager.Bench.BarePage.dll");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "VendorManager.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("VendorManager.sln not found above " + AppContext.BaseDirectory);
    }
}
