using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.ApiKeys;

/// <summary>
/// A key (接口密钥) that lets another system call the HTTP API as a client with one role and, for a
/// unit or agency role, one unit or agency: the same data scope a signed-in user of that role has.
/// Only the SHA-256 of the secret is kept, so the secret is shown once, when the key is issued, and
/// a stolen database gives no usable key. A revoked key never works again.
/// </summary>
public sealed class ApiKey : Entity
{
    public const int ClientNameMaxLength = 100;
    public const int PrefixLength = 12;
    public const int UserNameMaxLength = 256;

    /// <summary>Every secret starts so, which tells a leaked one apart in logs and scanners.</summary>
    public const string SecretPrefix = "vmk_";

    private static readonly Func<ApiKey, bool> IsRevokedRule = Revoked.Compile();

    /// <summary>The roles a client may act as. The Admin and the Auditor act only in person (三权分立).</summary>
    public static readonly IReadOnlyList<string> ClientRoles = [Roles.Supervisor, Roles.HostUnit, Roles.Procurement, Roles.Finance, Roles.Agency];

    private ApiKey()
    {
        ClientName = string.Empty;
        Role = string.Empty;
        KeyHash = string.Empty;
        Prefix = string.Empty;
        CreatedBy = string.Empty;
    }

    private ApiKey(string clientName, string role, int? hostUnitId, int? agencyId, string secret, string createdBy, DateTimeOffset at)
    {
        ClientName = clientName;
        Role = role;
        HostUnitId = hostUnitId;
        AgencyId = agencyId;
        KeyHash = HashOf(secret);
        Prefix = secret[..PrefixLength];
        CreatedBy = createdBy;
        CreatedAt = at;
    }

    /// <summary>The system that uses the key, as the Admin names it; shown in the audit log as api:{name}.</summary>
    public string ClientName { get; private set; }

    public string Role { get; private set; }

    public int? HostUnitId { get; private set; }

    public int? AgencyId { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the whole secret; the key is found by it.</summary>
    public string KeyHash { get; private set; }

    /// <summary>The secret's first characters, to recognise a key in the list without revealing it.</summary>
    public string Prefix { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    /// <summary>Roughly when the key was last used (kept to the minute, so calls do not each write).</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsRevoked => State == ApiKeyState.Revoked;

    /// <summary>Revoked once it has a revocation time; one expression, so that the list's query and the key itself agree.</summary>
    public static Expression<Func<ApiKey, bool>> Revoked => k => k.RevokedAt != null;

    public ApiKeyState State => IsRevokedRule(this) ? ApiKeyState.Revoked : ApiKeyState.Active;

    /// <summary>What <see cref="UserName"/> starts with, so that a stored actor can be told for a client, not a person.</summary>
    public const string ActorPrefix = "api:";

    /// <summary>The name audit entries and the data scope carry for this client.</summary>
    public string UserName => ActorPrefix + ClientName;

    /// <summary>
    /// Issues a key: a random 32-byte secret, returned once with the entity that keeps only its hash.
    /// Refused (null, with the reason) when the role may not be a client's or its binding does not fit it.
    /// </summary>
    public static (ApiKey? Key, string? Secret, ApiKeyRefusal? Refusal) Issue(
        string clientName, string role, int? hostUnitId, int? agencyId, string createdBy, DateTimeOffset at)
    {
        var name = (clientName ?? string.Empty).Trim();
        if (name.Length == 0 || name.Length > ClientNameMaxLength)
        {
            return (null, null, ApiKeyRefusal.ClientName);
        }

        if (!ClientRoles.Contains(role))
        {
            return (null, null, ApiKeyRefusal.Role);
        }

        // The same bindings a user of the role must (or may) have; anything else would widen or blur the scope.
        if ((Roles.RequiresHostUnit(role) && hostUnitId is null) || (!Roles.AllowsHostUnit(role) && hostUnitId is not null))
        {
            return (null, null, ApiKeyRefusal.HostUnit);
        }

        if ((Roles.RequiresAgency(role) && agencyId is null) || (!Roles.RequiresAgency(role) && agencyId is not null))
        {
            return (null, null, ApiKeyRefusal.Agency);
        }

        var secret = NewSecret();
        return (new ApiKey(name, role, hostUnitId, agencyId, secret, createdBy, at), secret, null);
    }

    /// <summary>Every trigger of the current state, whether it may fire now and, if not, why.</summary>
    public IReadOnlyList<Availability<ApiKeyTrigger>> Actions() => Lifecycle(revokedBy: string.Empty, at: default).Actions();

    /// <summary>Revokes the key from now on; refused when it already was.</summary>
    public RuleResult Revoke(string revokedBy, DateTimeOffset at) =>
        Lifecycle(revokedBy, at).Fire(ApiKeyTrigger.Revoke, _ => AlreadyRevoked);

    /// <summary>The refusal of a second revocation.</summary>
    public static readonly Refusal AlreadyRevoked = new(nameof(AlreadyRevoked), "该密钥已被吊销");

    // The key's state is its revocation time, so entering Revoked is writing who revoked it and when.
    private ApiKeyLifecycle Lifecycle(string revokedBy, DateTimeOffset at) => ApiKeyLifecycle.For(this, state =>
    {
        if (state == ApiKeyState.Revoked)
        {
            RevokedAt = at;
            RevokedBy = revokedBy;
        }
    });

    /// <summary>Whether <see cref="LastUsedAt"/> is stale enough to be written again.</summary>
    public bool NeedsUseRecorded(DateTimeOffset now) => LastUsedAt is not { } last || now - last >= TimeSpan.FromMinutes(1);

    public static string HashOf(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? string.Empty)));

    private static string NewSecret() =>
        SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Why a key could not be issued.</summary>
public enum ApiKeyRefusal
{
    ClientName = 1,
    Role = 2,
    HostUnit = 3,
    Agency = 4,
}
