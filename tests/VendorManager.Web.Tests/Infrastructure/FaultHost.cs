using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// tests/VendorManager.FaultHost as a child process on the test's database, with the test's key file and
/// clock; <paramref name="settings"/> says what it does (see its Program.cs). The crash tests kill it.
/// </summary>
internal sealed class FaultHost : IDisposable
{
    /// <summary>What the child prints when it halts before a commit (HaltBeforeCommit in the FaultHost).</summary>
    public const string HaltedBeforeCommit = "HALTED BEFORE COMMIT";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _halted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FaultHost(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

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

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static FaultHost Start(TestApp app, IReadOnlyDictionary<string, string> settings)
    {
        // Beside this assembly's folder: tests/VendorManager.FaultHost/bin/<configuration>/<tfm>/.
        var dll = Path.Combine(AppContext.BaseDirectory.Replace("VendorManager.Web.Tests", "VendorManager.FaultHost", StringComparison.Ordinal), "VendorManager.FaultHost.dll");
        Assert.True(File.Exists(dll), dll + " is missing: build the solution.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in app.Database.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Database__DataDirectory"] = Path.Combine(Path.GetTempPath(), "vm-faulthost-" + Guid.NewGuid().ToString("N"));
        // The test's key file: the child seals the audit chain with the same key and moves the same anchor.
        start.Environment["PersonalData__KeyFile"] = app.KeyFile;
        start.Environment["VM_FAULT_NOW"] = app.Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var host = new FaultHost(process);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Whether the child said it halted before a commit within <paramref name="patience"/> (false: it did not, or it ended first).</summary>
    public async Task<bool> WaitUntilHaltedAsync(TimeSpan patience)
    {
        var ended = _process.WaitForExitAsync(Ct);
        var first = await Task.WhenAny(_halted.Task, ended, Task.Delay(patience, Ct));
        return first == _halted.Task;
    }

    /// <summary>SIGKILL: no finally block, no rollback, no flush runs in the child.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync(Ct).WaitAsync(timeout, Ct);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line == HaltedBeforeCommit)
        {
            _halted.TrySetResult();
        }
    }
}
