using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Persistence;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// Another user who saves first: between a service's own duplicate check and its save, <c>rival</c> writes (on a
/// context of its own), once, when a context is about to save <typeparamref name="TEntity"/> after the test
/// <c>armed</c> it (so not while the test seeds). So a test reaches the unique index's refusal that only a race
/// would reach otherwise.
/// </summary>
public static class RivalWriter
{
    public static Action<IServiceCollection> SavesFirst<TEntity>(Func<bool> armed, Func<Task> rival)
        where TEntity : class => services =>
    {
        var app = services.Last(d => d.ServiceType == typeof(IDbContextFactory<AppDbContext>));
        var fired = 0;
        services.AddScoped<IDbContextFactory<AppDbContext>>(sp =>
        {
            var inner = (IDbContextFactory<AppDbContext>)ActivatorUtilities.CreateInstance(sp, app.ImplementationType!);
            return new Racing(inner, db => db.SavingChanges += (_, _) =>
            {
                if (armed()
                    && db.ChangeTracker.Entries<TEntity>().Any(e => e.State is EntityState.Added or EntityState.Modified)
                    && Interlocked.Exchange(ref fired, 1) == 0)
                {
                    // The event is synchronous and the audit log saves only asynchronously: the rival's save runs to its end first.
                    Task.Run(rival).GetAwaiter().GetResult();
                }
            });
        });
    };

    private sealed class Racing(IDbContextFactory<AppDbContext> inner, Action<AppDbContext> watch) : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext()
        {
            var db = inner.CreateDbContext();
            watch(db);
            return db;
        }
    }
}
