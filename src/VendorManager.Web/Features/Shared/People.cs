using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.ApiKeys;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;

namespace VendorManager.Web.Features.Shared;

public enum PersonKind
{
    /// <summary>A user of the app, found by the login the record stored.</summary>
    User,

    /// <summary>The daily jobs and the domain's own consequences (<see cref="UserScope.SystemName"/>).</summary>
    System,

    /// <summary>A stored login no user has (deleted, renamed or never created): shown as stored, marked.</summary>
    Unknown,

    /// <summary>A system calling the API with its key (接口): named as the Admin named the client.</summary>
    ApiClient,
}

/// <summary>
/// The person behind a stored actor (经办人): the display name and the unit or agency, or the role for
/// county staff, who belong to neither. <see cref="Login"/> is set only for the Admin and the Auditor,
/// who need it to tell accounts apart; an unknown actor keeps its stored text in <see cref="Name"/>.
/// </summary>
public sealed record PersonName(PersonKind Kind, string Name, string? Affiliation = null, string? Role = null, string? Login = null)
{
    public static PersonName System { get; } = new(PersonKind.System, UserScope.SystemName);

    /// <summary>李娜（城关镇人民政府）, 系统, or demo（未知用户）, in the localizer's language.</summary>
    public string Text(IStringLocalizer<SharedText> text) => Kind switch
    {
        PersonKind.System => text["Person.System"],
        PersonKind.Unknown => text["Person.Unknown", Name],
        PersonKind.ApiClient => text["Person.ApiClient", Name],
        _ when (Affiliation ?? RoleName(text)) is { } of => text["Person.Of", Name, of],
        _ => Name,
    };

    /// <summary>The text with the login after it, where the reader is given one: an export's single cell.</summary>
    public string TextWithLogin(IStringLocalizer<SharedText> text) => Login is null ? Text(text) : $"{Text(text)} {Login}";

    private string? RoleName(IStringLocalizer<SharedText> text) => Role is null ? null : text["Role." + Role].Value;
}

/// <summary>The people of one page or export, found in one query; any actor not asked for reads as unknown.</summary>
public sealed class PeopleNames(IReadOnlyDictionary<string, PersonName> found)
{
    public static PeopleNames None { get; } = new(new Dictionary<string, PersonName>());

    public PersonName this[string? actor] => actor switch
    {
        null or "" => new PersonName(PersonKind.Unknown, string.Empty),
        UserScope.SystemName => PersonName.System,
        _ when actor.StartsWith(ApiKey.ActorPrefix, StringComparison.Ordinal) => new PersonName(PersonKind.ApiClient, actor[ApiKey.ActorPrefix.Length..]),
        _ => found.TryGetValue(actor, out var person) ? person : new PersonName(PersonKind.Unknown, actor),
    };

    /// <summary>Null stays null: a step not yet taken has nobody.</summary>
    public PersonName? OrNull(string? actor) => actor is null ? null : this[actor];
}

/// <summary>
/// Resolves the actors records store (logins, or <see cref="UserScope.SystemName"/>) to people, one query
/// per call whatever the number of actors. Names are shown on records the reader may already see, so the
/// only scope is the context's: a unit user does not learn another unit's name, and sees the person's role instead.
/// </summary>
public sealed class People(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>For a page or service without a context of its own.</summary>
    public async Task<PeopleNames> NamesAsync(IEnumerable<string?> actors, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await NamesAsync(db, actors, cancellationToken);
    }

    /// <summary>Within a service's own operation, on its context.</summary>
    public static async Task<PeopleNames> NamesAsync(AppDbContext db, IEnumerable<string?> actors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var logins = actors.Where(a => !string.IsNullOrEmpty(a) && a != UserScope.SystemName).Select(a => a!).Distinct().ToList();
        if (logins.Count == 0)
        {
            return PeopleNames.None;
        }

        var showLogin = db.Scope.IsInRole(Roles.Admin) || db.Scope.IsInRole(Roles.Auditor);
        var users = await db.Users.AsNoTracking()
            .Where(u => logins.Contains(u.UserName!))
            .Select(u => new
            {
                u.UserName,
                u.DisplayName,
                Unit = db.HostUnits.Where(h => h.Id == u.HostUnitId).Select(h => h.Name).FirstOrDefault(),
                Agency = db.Agencies.Where(a => a.Id == u.AgencyId).Select(a => a.Name).FirstOrDefault(),
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return new PeopleNames(users.ToDictionary(
            u => u.UserName!,
            u => new PersonName(
                PersonKind.User,
                string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName! : u.DisplayName,
                u.Unit ?? u.Agency,
                u.Role,
                showLogin ? u.UserName : null),
            StringComparer.Ordinal));
    }
}
