using System.Globalization;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Hosting;
using VendorManager.Web.Security;

// The app's own services over the database its environment names (Database__Provider,
// ConnectionStrings__Sqlite or ConnectionStrings__Postgres), generating settlements as the system:
// month by month for the months in VM_FAULT_MONTHS (yyyy-MM, comma-separated), as finance users
// generate them one month at a time, or in one run over every month not yet generated, as the daily
// job does, when there are none. A test kills it in the middle (SettlementGenerationCrashTests) and
// looks at what is left.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddHttpContextAccessor();
// Identity's sign-in manager is registered by the core and validated at build in Development.
builder.Services.AddAuthentication();
builder.Services.AddVendorManagerCore(builder.Configuration);
await using var app = builder.Build();

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
