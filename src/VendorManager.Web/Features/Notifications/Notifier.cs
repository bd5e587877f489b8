using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VendorManager.Persistence;
using VendorManager.Persistence.Notifications;

namespace VendorManager.Web.Features.Notifications;

/// <summary>
/// One event to tell people about. <paramref name="Subject"/> names the record (e.g. "RectificationItem:42")
/// and <paramref name="Occurrence"/> which happening of the event it is (e.g. "assigned", "overdue:2026-12-12",
/// "30d:2027-01-31"): together with <paramref name="Kind"/> they make the dedupe key, so the same
/// event reaches each recipient once however often it is raised.
/// </summary>
/// <param name="TextKey">A key of <see cref="NotificationsText"/>, e.g. "Notify.RectificationAssigned".</param>
/// <param name="Arguments">The text's placeholders; an argument "@Key" is itself a key of NotificationsText.</param>
/// <param name="Link">Where the recipient deals with it, app-relative (e.g. "/rectifications/42").</param>
public sealed record NotificationMessage(
    NotificationKind Kind, string Subject, string Occurrence, string TextKey, IReadOnlyList<string> Arguments, string Link)
{
    public string DedupeKey => $"{Kind}|{Subject}|{Occurrence}";
}

/// <summary>
/// Sends in-app notifications. Features call it inside their own operation, on their own context,
/// and save: the notifications are written in the same transaction as the change they report, or
/// not at all.
/// <code>
/// await notifier.NotifyAsync(db, Recipients.UnitUsers(item.HostUnitId),
///     new NotificationMessage(NotificationKind.RectificationReturned, $"RectificationItem:{item.Id}", $"returned:{item.ReturnCount}",
///         "Notify.RectificationReturned", [accountName, reason], $"/rectifications/{item.Id}"), ct);
/// await db.SaveChangesAsync(ct);
/// </code>
/// </summary>
public interface INotifier
{
    /// <summary>
    /// Adds a notification for each recipient who has not had this event yet (nothing is saved here).
    /// Returns how many were added.
    /// </summary>
    Task<int> NotifyAsync(AppDbContext db, Recipients recipients, NotificationMessage message, CancellationToken cancellationToken);
}

public sealed class Notifier(TimeProvider clock) : INotifier
{
    public async Task<int> NotifyAsync(AppDbContext db, Recipients recipients, NotificationMessage message, CancellationToken cancellationToken)
    {
        var userIds = await ResolveAsync(db, recipients, cancellationToken);
        if (userIds.Count == 0)
        {
            return 0;
        }

        var key = message.DedupeKey;
        // Other users' notifications are hidden from a user's context; the dedupe check must see them all.
        var sent = await db.Notifications.IgnoreQueryFilters([AppDbContext.RecipientFilter])
            .Where(n => n.DedupeKey == key && userIds.Contains(n.RecipientUserId))
            .Select(n => n.RecipientUserId)
            .ToListAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<Notification>()
            .Where(e => e.State == EntityState.Added && e.Entity.DedupeKey == key)
            .Select(e => e.Entity.RecipientUserId);
        var skip = sent.Concat(pending).ToHashSet(StringComparer.Ordinal);

        var arguments = JsonSerializer.Serialize(message.Arguments);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var userId in userIds.Where(id => !skip.Contains(id)))
        {
            db.Notifications.Add(new Notification(userId, message.Kind, key, message.TextKey, arguments, message.Link, now));
            added++;
        }

        return added;
    }

    /// <summary>The user ids the rules name, from Identity's users and roles.</summary>
    public static async Task<IReadOnlyList<string>> ResolveAsync(AppDbContext db, Recipients recipients, CancellationToken cancellationToken)
    {
        HashSet<string> ids = new(StringComparer.Ordinal);
        foreach (var rule in recipients.Rules)
        {
            if (rule.UserId is { } one)
            {
                ids.Add(one);
                continue;
            }

            var users = from u in db.Users
                        join ur in db.UserRoles on u.Id equals ur.UserId
                        join r in db.Roles on ur.RoleId equals r.Id
                        where r.Name == rule.Role
                        select u;
            if (rule.HostUnitId is { } unit)
            {
                users = users.Where(u => u.HostUnitId == unit);
            }

            if (rule.AgencyId is { } agency)
            {
                users = users.Where(u => u.AgencyId == agency);
            }

            if (rule.CountyOnly)
            {
                users = users.Where(u => u.HostUnitId == null);
            }

            ids.UnionWith(await users.Select(u => u.Id).ToListAsync(cancellationToken));
        }

        return [.. ids.Order(StringComparer.Ordinal)];
    }
}
