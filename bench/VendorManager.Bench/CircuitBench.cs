using Microsoft.Playwright;
using VendorManager.Bench.Province;

namespace VendorManager.Bench;

/// <summary>
/// (5) Managed heap growth per Blazor circuit: 50 real Chromium pages on the Supervisor's home page of the
/// app over the province, against 50 pages of a bare Blazor Server page, both servers run as processes
/// and measured the same way in the same run (heap after full collections, read by a startup hook).
/// </summary>
internal static class CircuitBench
{
    private const string Chromium = "/usr/bin/chromium";

    public static async Task RunAsync(Options options)
    {
        var pages = options.GetInt("pages", 50);
        // Another page of the app than the home page (e.g. /calendar) tells the layout's share from the page's.
        var path = options.Get("path", "/");
        // A folder for heap dumps (dotnet-dump) before and after the pages open, each with its live objects
        // by type beside it: what a circuit holds. (dotnet-gcdump is lossy on .NET 10; docs/PERFORMANCE.md.)
        var dumps = options.Get("dump", "");
        if (options.Get("gcdump", "").Length > 0)
        {
            throw new ArgumentException("--gcdump is gone: dotnet-gcdump is lossy on .NET 10; use --dump FOLDER (dotnet-dump).");
        }
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        var bare = await MeasureAsync(browser, pages, Repo.BareDll, Repo.BareProject, new() { ["ASPNETCORE_ENVIRONMENT"] = "Development" }, signIn: false, "/", dumps);

        var folder = Path.Combine(Path.GetDirectoryName(options.DbPath)!, "circuits");
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        File.Copy(options.DbPath, Path.Combine(data, "vendormanager.db"), overwrite: true);
        var app = await MeasureAsync(browser, pages, Repo.WebDll, Repo.WebProject, new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__DataDirectory"] = data,
            ["PersonalData__KeyFile"] = Path.Combine(options.Folder, "personal-data.key"),
            ["Jobs__Enabled"] = "false",
            ["Security__SignInAttemptsPerMinute"] = "10000",
        }, signIn: true, path, dumps);

        var ratio = app / bare;
        Console.WriteLine($"bare Blazor Server page:  {bare / 1024:0.0} KB managed heap per circuit ({pages} pages)");
        Console.WriteLine($"Supervisor's {path,-13}  {app / 1024:0.0} KB managed heap per circuit ({pages} pages) (target < 1024 KB) {(app < 1024 * 1024 ? "✅" : "❌")}");
        Console.WriteLine($"ratio                     {ratio:0.00}× (target ≤ 2×) {(ratio <= 2 ? "✅" : "❌")}");
    }

    private static async Task<double> MeasureAsync(IBrowser browser, int pages, string dll, string root, Dictionary<string, string> environment, bool signIn, string path, string dumps)
    {
        await using var server = await ServerProcess.StartAsync(dll, root, environment, heapProbe: true);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUrl, Locale = "zh-CN" });
        context.SetDefaultTimeout(120_000);
        if (signIn)
        {
            var signInPage = await context.NewPageAsync();
            await signInPage.GotoAsync("/account/signin");
            await signInPage.FillAsync("#username", ProvinceGenerator.Supervisor);
            await signInPage.FillAsync("#password", ProvinceGenerator.Password);
            await signInPage.RunAndWaitForResponseAsync(() => signInPage.ClickAsync("[data-testid=signin-submit]"), r => r.Request.Method == "POST");
            await signInPage.CloseAsync();
        }

        // One page first (JIT, caches, the first circuit's one-off costs), kept open; then the baseline.
        var open = new List<IPage> { await OpenAsync(context, path) };
        await Task.Delay(2000);
        var before = await server.ManagedHeapAsync();
        await DumpAsync(server, dumps, dll, "before");
        for (var i = 0; i < pages; i++)
        {
            open.Add(await OpenAsync(context, path));
        }

        await Task.Delay(2000);
        var after = await server.ManagedHeapAsync();
        await DumpAsync(server, dumps, dll, "after");
        Console.WriteLine($"{Path.GetFileNameWithoutExtension(dll)}: heap {before / 1024 / 1024.0:0.0} MB → {after / 1024 / 1024.0:0.0} MB with {pages} more circuits");
        return (after - before) / (double)pages;
    }

    private static async Task DumpAsync(ServerProcess server, string folder, string dll, string moment)
    {
        if (folder.Length == 0)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(Path.GetFullPath(folder), $"{Path.GetFileNameWithoutExtension(dll)}-{moment}.dump");
        var pid = server.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await DotnetDumpAsync(null, "collect", "-p", pid, "--type", "Heap", "-o", file);
        await DotnetDumpAsync(file + ".txt", "analyze", file, "-c", "dumpheap -stat -live", "-c", "exit");
        Console.WriteLine($"heap dump: {file}, live objects by type in {file}.txt");
    }

    private static async Task DotnetDumpAsync(string? output, params string[] arguments)
    {
        var tool = new System.Diagnostics.ProcessStartInfo("dotnet-dump") { UseShellExecute = false, RedirectStandardOutput = output is not null };
        foreach (var argument in arguments)
        {
            tool.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(tool) ?? throw new InvalidOperationException("dotnet-dump did not start (dotnet tool install -g dotnet-dump).");
        if (output is not null)
        {
            await File.WriteAllTextAsync(output, await process.StandardOutput.ReadToEndAsync());
        }

        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet-dump {string.Join(' ', arguments)} exited with {process.ExitCode}.");
        }
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.Locator("#vm-circuit[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        return page;
    }
}
