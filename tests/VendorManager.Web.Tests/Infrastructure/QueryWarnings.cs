using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorManager.Persistence;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// Query warnings EF Core only logs, made errors in every test app: a row taken without an order is
/// whichever the database hands back first, and several collections in one query multiply its rows (a
/// cartesian explosion). The app logs them; a test that meets one fails, so a new one cannot slip in.
/// </summary>
public static class QueryWarnings
{
    public static readonly EventId[] Thrown =
    [
        CoreEventId.FirstWithoutOrderByAndFilterWarning,
        CoreEventId.RowLimitingOperationWithoutOrderByWarning,
        RelationalEventId.MultipleCollectionIncludeWarning,
    ];

    public static IServiceCollection ThrowOnQueryWarnings(this IServiceCollection services) =>
        services.ConfigureDbContext<AppDbContext>(options => options.ConfigureWarnings(warnings => warnings.Throw(Thrown)));
}
