using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// Loaded into a server process by DOTNET_STARTUP_HOOKS when VM_HEAP_PROBE_PORT is set: every connection
/// to 127.0.0.1:port gets the managed heap size in bytes after full, compacting collections, so the app
/// and the bare page are measured the same way and neither needs an endpoint for it.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("VM_HEAP_PROBE_PORT"), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            return;
        }

        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        var thread = new Thread(() =>
        {
            while (true)
            {
                using var client = listener.AcceptTcpClient();
                for (var i = 0; i < 3; i++)
                {
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    GC.WaitForPendingFinalizers();
                }

                var bytes = Encoding.ASCII.GetBytes(GC.GetTotalMemory(forceFullCollection: true).ToString(CultureInfo.InvariantCulture));
                client.GetStream().Write(bytes);
            }
        })
        {
            IsBackground = true,
            Name = "heap probe",
        };
        thread.Start();
    }
}
