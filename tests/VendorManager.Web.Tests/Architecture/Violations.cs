using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using VendorManager.Persistence;

// What LayeringTests must refuse, so that a rule which sees nothing fails its own test.
namespace VendorManager.Web.Tests.Architecture.Violations;

internal sealed class PageWithAFactory : ComponentBase
{
    [Inject]
    public IDbContextFactory<AppDbContext> Factory { get; set; } = default!;
}

internal sealed class PageCastingToAContext : ComponentBase
{
    public static bool IsContext(object value) => value is AppDbContext;
}

internal sealed class ServiceWithASnackbar
{
    public static void Tell(ISnackbar snackbar) => snackbar.Add("saved");
}

internal sealed class ServiceKeepingAContext(AppDbContext db)
{
    public AppDbContext Db => db;
}
