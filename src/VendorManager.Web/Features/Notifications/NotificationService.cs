using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Persistence.Notifications;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Notifications;

/// <summary>One line of the notification list, its text already rendered in the reader's language.</summary>
public sealed record NotificationRow(long Id, NotificationKind Kind, string Text, string Link, DateTimeOffset CreatedAt, bool IsRead)
{
    /// <summary>Marking read is offered for an unread message only; opening one marks it too.</summary>
    public bool MayMarkRead => !IsRead;
}

/// <summary>
/// The signed-in user's notification centre: the unread count for the bell, the list, marking read.
/// Every query runs through the recipient filter, so a user only ever touches their own.
/// </summary>
public sealed class NotificationService(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock,
    NotificationBadge badge,
    IStringLocalizer<NotificationsText> text,
    IStringLocalizer<SharedText> shared)
{
    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return HasUser(db) ? await db.Notifications.CountAsync(n => n.ReadAt == null, cancellationToken) : 0;
    }

    /// <summary>Newest first; unread only when asked.</summary>
    public async Task<PagedResult<NotificationRow>> ListAsync(bool unreadOnly, PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!HasUser(db))
        {
            return PagedResult<NotificationRow>.Refused;
        }

        var query = db.Notifications.AsNoTracking();
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var page = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new { n.Id, n.Kind, n.TextKey, n.Arguments, n.Link, n.CreatedAt, n.ReadAt })
            .ToPageAsync(request, cancellationToken);
        return new PagedResult<NotificationRow>(
            [.. page.Items.Select(n => new NotificationRow(n.Id, n.Kind, Render(n.TextKey, n.Arguments), n.Link, n.CreatedAt, n.ReadAt is not null))],
            page.TotalCount);
    }

    /// <summary>Marks one notification read; a busy database (or the row changed under it) is told as such and nothing changes.</summary>
    public async Task<Result> MarkReadAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notification is null)
        {
            return Result.Fail(text["Message.NotFound"]);
        }

        notification.MarkRead(clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (SaveRefusal.Applies(e))
        {
            return Result.Fail(SaveRefusal.Describe(e, shared));
        }

        badge.Changed();
        return Result.Ok();
    }

    /// <summary>Marks every unread notification of the user read, all in one statement or none; returns how many.</summary>
    public async Task<Result<int>> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!HasUser(db))
        {
            return Result<int>.Ok(0);
        }

        var now = clock.GetUtcNow();
        int marked;
        try
        {
            marked = await db.Notifications.Where(n => n.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        }
        catch (Exception e) when (SaveRefusal.Applies(e))
        {
            return Result<int>.Fail(SaveRefusal.Describe(e, shared));
        }

        badge.Changed();
        return Result<int>.Ok(marked);
    }

    /// <summary>The text in the reader's language; "@Key" arguments are looked up too. An unknown key shows as itself.</summary>
    public string Render(string textKey, string arguments)
    {
        var args = JsonSerializer.Deserialize<string[]>(arguments) ?? [];
        object[] resolved = [.. args.Select(a => a is ['@', .. var key] ? text[key].Value : a)];
        return text[textKey, resolved].Value;
    }

    // The system and anonymous requests have no notification centre.
    /// <summary>Who has notifications to read: a signed-in user (their own only, by the query filter); not the system.</summary>
    public static bool MayRead(UserScope scope) => scope.UserId is not null;

    private static bool HasUser(AppDbContext db) => MayRead(db.Scope);
}

/// <summary>Tells the bell (one per circuit) that the unread count changed on this circuit.</summary>
public sealed class NotificationBadge
{
    public event Action? OnChanged;

    public void Changed() => OnChanged?.Invoke();
}
