using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Evaluations;
using VendorManager.Persistence;
using VendorManager.Persistence.DomainEvents;

namespace VendorManager.FaultHost;

/// <summary>
/// Makes a kill land inside the transaction of a change whose consequences were handled (docs/decisions/0016),
/// with no timing luck: as the first handler of the events it marks the context that dispatches them, and when
/// that context's transaction is about to commit (the change and what the app's handlers made of it written,
/// audit entries included, nothing committed) it prints <see cref="Marker"/> and waits for the test to kill it.
/// </summary>
internal sealed class HaltBeforeCommit : DbTransactionInterceptor, IDomainEventHandler<EvaluationFinalized>, IDomainEventHandler<AgencyDisqualified>
{
    public const string Marker = "HALTED BEFORE COMMIT";

    private readonly ConditionalWeakTable<DbContext, object> _dispatching = [];

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<HaltBeforeCommit>();
        services.AddSingleton<IDomainEventHandler<EvaluationFinalized>>(sp => sp.GetRequiredService<HaltBeforeCommit>());
        services.AddSingleton<IDomainEventHandler<AgencyDisqualified>>(sp => sp.GetRequiredService<HaltBeforeCommit>());
        services.ConfigureDbContext<AppDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<HaltBeforeCommit>()));
    }

    public Task HandleAsync(EvaluationFinalized domainEvent, AppDbContext db, CancellationToken cancellationToken) => Mark(db);

    public Task HandleAsync(AgencyDisqualified domainEvent, AppDbContext db, CancellationToken cancellationToken) => Mark(db);

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _dispatching.TryGetValue(db, out _))
        {
            await Console.Out.WriteLineAsync(Marker);
            await Console.Out.FlushAsync(cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return result;
    }

    private Task Mark(AppDbContext db)
    {
        _dispatching.AddOrUpdate(db, this);
        return Task.CompletedTask;
    }
}
