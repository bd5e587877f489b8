using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.Shared;

/// <summary>
/// One command on one aggregate: how to find it (through the data scope's query filters), who may
/// act on it, the version the page showed, and the domain change. The change may touch other records
/// through <see cref="AppDbContext"/> (a notification, say); it all saves together.
/// </summary>
public sealed record Command<TAggregate>(
    Func<AppDbContext, CancellationToken, Task<TAggregate?>> Load,
    Func<UserScope, TAggregate, bool> MayAct,
    int? Version,
    Func<AppDbContext, TAggregate, CancellationToken, Task<RuleResult>> Apply,
    IStringLocalizer Text)
    where TAggregate : Entity
{
    /// <summary>Refusals that belong to one form field (refusal code → the form model's property), shown beside it.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>What a unique index's refusal at the save means for the form; without it, the index is not expected to refuse.</summary>
    public FieldError? Duplicate { get; init; }
}

/// <summary>A message for one form field (the form model's property name).</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>How a command ended, for callers (the API) that answer each way differently.</summary>
public enum CommandOutcome
{
    Done = 1,
    Invalid = 2,
    Forbidden = 3,
    NotFound = 4,

    /// <summary>Refused by the rules (a second payment) or by the version (someone changed it).</summary>
    Conflict = 5,

    /// <summary>The database stayed busy (another writer held it): nothing was saved, the same command may succeed later.</summary>
    Busy = 6,
}

/// <summary>A command's outcome and the result the page shows for it.</summary>
public sealed record CommandResult(CommandOutcome Kind, Result Result)
{
    public static CommandResult Invalid(Result invalid) => new(CommandOutcome.Invalid, invalid);
}

/// <summary>
/// The one pipeline every command goes through (命令管道): load → authorize → check the version →
/// apply the domain change → save, where <see cref="AppDbContext.SaveChangesAsync(CancellationToken)"/>
/// dispatches the domain events and runs their handlers in the same transaction → map every way it can
/// fail to the <see cref="Result"/> the page shows. A service declares its command and keeps only what
/// is its own (the validator, the notification); nothing here throws for an expected failure, since an
/// exception in an event handler would end the user's circuit.
/// </summary>
public sealed class CommandPipeline(IDbContextFactory<AppDbContext> dbFactory, IStringLocalizer<SharedText> shared)
{
    public async Task<CommandResult> RunAsync<TAggregate>(Command<TAggregate> command, CancellationToken cancellationToken)
        where TAggregate : Entity
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var aggregate = await command.Load(db, cancellationToken);
        if (aggregate is null)
        {
            return Fail(CommandOutcome.NotFound, shared["Message.NotFound"]);
        }

        if (!command.MayAct(db.Scope, aggregate))
        {
            return Fail(CommandOutcome.Forbidden, shared["Message.Forbidden"]);
        }

        if (command.Version is { } version)
        {
            // The page acted on what it showed: if someone has changed the record since, say so rather
            // than judging the command against a state the user has not seen.
            if (aggregate.Version != version)
            {
                return Fail(CommandOutcome.Conflict, shared["Message.ConcurrencyConflict"]);
            }

            db.Entry(aggregate).Property(a => a.Version).OriginalValue = version;
        }

        var applied = await command.Apply(db, aggregate, cancellationToken);
        if (!applied.Succeeded)
        {
            var message = command.Text.Describe(applied.Refusal!);
            return command.Fields.TryGetValue(applied.Refusal!.Code, out var field)
                ? CommandResult.Invalid(Result.Invalid(field, message))
                : Fail(CommandOutcome.Conflict, message);
        }

        return await SaveAsync(db, cancellationToken, command.Duplicate);
    }

    /// <summary>
    /// The save step on its own, for a command whose shape is not one aggregate (an insert, a batch):
    /// a busy database or a newer version is a message to retry, never an error page; a unique index's refusal
    /// (two users passed the service's duplicate check at the same moment) is <paramref name="duplicate"/>'s message.
    /// </summary>
    public async Task<CommandResult> SaveAsync(AppDbContext db, CancellationToken cancellationToken, FieldError? duplicate = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CommandResult(CommandOutcome.Done, Result.Ok());
        }
        catch (Exception e) when (SaveRefusal.IsBusy(e))
        {
            return Fail(CommandOutcome.Busy, SaveRefusal.Describe(e, shared));
        }
        catch (DbUpdateConcurrencyException e)
        {
            return Fail(CommandOutcome.Conflict, SaveRefusal.Describe(e, shared));
        }
        catch (DbUpdateException e) when (duplicate is not null && e.IsUniqueViolation())
        {
            return CommandResult.Invalid(Result.Invalid(duplicate.Field, duplicate.Message));
        }
    }

    private static CommandResult Fail(CommandOutcome kind, string message) => new(kind, Result.Fail(message));
}
