using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Time.Testing;
using VendorManager.Domain.Common;
using VendorManager.FaultHost;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Hosting;
using VendorManager.Web.Jobs;
using VendorManager.Web.Security;

// The app's own services over the database its environment names (Database__Provider,
// ConnectionStrings__Sqlite or ConnectionStrings__Postgres), with its clock at VM_FAULT_NOW when set,
// doing what VM_FAULT_ACTION says. A test kills it in the middle and looks at what is left
// (SettlementGenerationCrashTests, DomainEventCrashTests).
// - settle (the default): generates settlements as the system, month by month for the months in
//   VM_FAULT_MONTHS (yyyy-MM, comma-separated), as finance users generate them one month at a time, or in
//   one run over every month not yet generated, as the daily job does, when there are none;
// - finalize: the evaluations' daily job of today, which makes Final the confirmed evaluations whose appeal
//   window has closed;
// - blacklist: Procurement blacklists the agency VM_FAULT_AGENCY.
// With VM_FAULT_HALT=1 the commit of a change whose domain events were handled halts (HaltBeforeCommit).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddHttpContextAccessor();
// Identity's sign-in manager is registered by the core and validated at build in Development.
builder.Services.AddAuthentication();
// Before the app's own handlers, so that the context is marked even if one of them committed on its own.
if (Environment.GetEnvironmentVariable("VM_FAULT_HALT") == "1")
{
    HaltBeforeCommit.Register(builder.Services);
}

builder.Services.AddVendorManagerCore(builder.Configuration);
if (Environment.GetEnvironmentVariable("VM_FAULT_NOW") is { Length: > 0 } now)
{
    builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture)));
}

await using var app = builder.Build();

switch (Environment.GetEnvironmentVariable("VM_FAULT_ACTION"))
{
    case "finalize":
        await FinalizeAsync();
        break;
    case "blacklist":
        await BlacklistAsync(int.Parse(Environment.GetEnvironmentVariable("VM_FAULT_AGENCY")!, CultureInfo.InvariantCulture));
        break;
    default:
        await SettleAsync();
        break;
}

async Task SettleAsync()
{
    var months = (Environment.GetEnvironmentVariable("VM_FAULT_MONTHS") ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(m => (DateOnly?)DateOnly.ParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture))
        .DefaultIfEmpty(null);
    foreach (var month in months)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
        var summary = await scope.ServiceProvider.GetRequiredService<SettlementGenerator>().RunAsync(month, CancellationToken.None);
        Console.WriteLine($"{month?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "all"}: {summary}");
    }
}

async Task FinalizeAsync()
{
    await using var scope = app.Services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
    var job = scope.ServiceProvider.GetServices<IDailyJob>().OfType<EvaluationDailyJob>().Single();
    var today = ChinaTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>());
    Console.WriteLine($"finalize: {await job.RunAsync(today, CancellationToken.None)}");
}

async Task BlacklistAsync(int agencyId)
{
    await using var scope = app.Services.CreateAsyncScope();
    Claim[] procurement = [new(ClaimTypes.NameIdentifier, "id-procurement"), new(ClaimTypes.Name, "procurement"), new(ClaimTypes.Role, Roles.Procurement)];
    scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(procurement, "FaultHost")));
    var agencies = scope.ServiceProvider.GetRequiredService<AgencyService>();
    var form = await agencies.GetFormAsync(agencyId, CancellationToken.None);
    var result = form.Succeeded
        ? await agencies.BlacklistAsync(agencyId, new BlacklistForm { Reason = "提供虚假材料", Version = form.Value!.Version }, CancellationToken.None)
        : form;
    Console.WriteLine($"blacklist: {(result.Succeeded ? "done" : result.Describe())}");
    Environment.ExitCode = result.Succeeded ? 0 : 1;
}
