using VendorManager.Domain.Common;

namespace VendorManager.Domain.Grants;

/// <summary>
/// A request for a grant (授权申请): a role with its unit or agency for a user, re-enabling an account
/// the Admin locked, a new password for an account outside the Admin's own role, or an API key with business scope. The Admin asks; it takes effect only when a second person approves it — the
/// Supervisor for business roles and keys, an Auditor for the Auditor role, another Admin for the Admin
/// role — so no single administrator can give itself or a puppet reach it should not have (三员分立).
/// </summary>
public sealed class GrantRequest : Entity
{
    public const int ReasonMaxLength = 500;
    public const int UserNameMaxLength = 256;

    private GrantRequest()
    {
        Role = string.Empty;
        TargetName = string.Empty;
        RequestedById = string.Empty;
        RequestedBy = string.Empty;
    }

    private GrantRequest(GrantKind kind, string? userId, int? apiKeyId, string targetName, string role, int? hostUnitId, int? agencyId, UserScope requester, DateTimeOffset at)
    {
        Kind = kind;
        UserId = userId;
        ApiKeyId = apiKeyId;
        TargetName = targetName;
        Role = role;
        HostUnitId = hostUnitId;
        AgencyId = agencyId;
        RequestedById = requester.UserId ?? requester.UserName;
        RequestedBy = requester.UserName;
        RequestedAt = at;
        Status = GrantStatus.Pending;
    }

    public GrantKind Kind { get; private set; }

    /// <summary>The user who gets the role (a role grant).</summary>
    public string? UserId { get; private set; }

    /// <summary>The key that starts to work (a key grant).</summary>
    public ApiKeys.ApiKey? ApiKey { get; private set; }

    public int? ApiKeyId { get; private set; }

    /// <summary>The user's name or the key's client, as the approver reads it.</summary>
    public string TargetName { get; private set; }

    public string Role { get; private set; }

    public int? HostUnitId { get; private set; }

    public int? AgencyId { get; private set; }

    public string RequestedById { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public GrantStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Why it was refused.</summary>
    public string? Reason { get; private set; }

    /// <summary>A role, with the unit or agency it binds, for a user.</summary>
    public static GrantRequest ForRole(string userId, string userName, string role, int? hostUnitId, int? agencyId, UserScope requester, DateTimeOffset at) =>
        new(GrantKind.Role, userId, null, userName, role, hostUnitId, agencyId, requester, at);

    /// <summary>Re-enabling an account the Admin locked: its role's reach comes back, so its approver decides.</summary>
    public static GrantRequest ForUnlock(string userId, string userName, string role, int? hostUnitId, int? agencyId, UserScope requester, DateTimeOffset at) =>
        new(GrantKind.Unlock, userId, null, userName, role, hostUnitId, agencyId, requester, at);

    /// <summary>
    /// A new password for a user of another role than the Admin: set only on approval, and shown to the approver,
    /// never to the Admin, who would otherwise know a working password of an account it may not use.
    /// </summary>
    public static GrantRequest ForPasswordReset(string userId, string userName, string role, int? hostUnitId, int? agencyId, UserScope requester, DateTimeOffset at) =>
        new(GrantKind.PasswordReset, userId, null, userName, role, hostUnitId, agencyId, requester, at);

    /// <summary>A key, which authenticates only once this is approved.</summary>
    public static GrantRequest ForApiKey(ApiKeys.ApiKey key, UserScope requester, DateTimeOffset at) =>
        new(GrantKind.ApiKey, null, null, key.ClientName, key.Role, key.HostUnitId, key.AgencyId, requester, at) { ApiKey = key };

    /// <summary>The role that decides a grant of <paramref name="role"/>: each administration keeps its own door.</summary>
    public static string ApproverRole(string role) => role switch
    {
        Roles.Auditor => Roles.Auditor,
        Roles.Admin => Roles.Admin,
        _ => Roles.Supervisor,
    };

    /// <summary>The roles whose grants <paramref name="approverRole"/> decides; none for a role that approves nothing.</summary>
    public static IReadOnlyList<string> RolesApprovedBy(string approverRole) =>
        Roles.All.Where(r => ApproverRole(r) == approverRole).ToList();

    /// <summary>The decisions the lifecycle allows now (none once decided).</summary>
    public IReadOnlyList<GrantAction> Actions() => [.. Lifecycle().Actions().Where(a => a.CanFire).Select(a => a.Trigger)];

    /// <summary>Why <paramref name="scope"/> may not decide this request, or null when it may.</summary>
    public GrantRefusal? CheckDecider(UserScope scope)
    {
        if (Actions().Count == 0)
        {
            return GrantRefusal.NotPending;
        }

        if (!scope.IsInRole(ApproverRole(Role)))
        {
            return GrantRefusal.NotApprover;
        }

        // The second person is neither the one who asked nor the one who would receive the grant.
        return scope.UserId == RequestedById || scope.UserName == RequestedBy || (UserId is not null && scope.UserId == UserId)
            ? GrantRefusal.OwnRequest
            : null;
    }

    public GrantRefusal? Approve(UserScope approver, DateTimeOffset at) => Decide(approver, GrantAction.Approve, null, at);

    public GrantRefusal? Refuse(UserScope approver, string reason, DateTimeOffset at)
    {
        var trimmed = (reason ?? string.Empty).Trim();
        return trimmed.Length is 0 or > ReasonMaxLength ? GrantRefusal.Reason : Decide(approver, GrantAction.Refuse, trimmed, at);
    }

    private GrantRefusal? Decide(UserScope approver, GrantAction action, string? reason, DateTimeOffset at)
    {
        if (CheckDecider(approver) is { } refusal)
        {
            return refusal;
        }

        if (!Lifecycle().Fire(action, _ => new Refusal(nameof(GrantRefusal.NotPending), "该申请已处理")).Succeeded)
        {
            return GrantRefusal.NotPending;
        }

        DecidedBy = approver.UserName;
        DecidedAt = at;
        Reason = reason;
        return null;
    }

    private GrantLifecycle Lifecycle() => GrantLifecycle.For(this, s => Status = s);
}

public enum GrantKind
{
    Role = 1,
    ApiKey = 2,
    Unlock = 3,
    PasswordReset = 4,
}

public enum GrantStatus
{
    Pending = 1,
    Approved = 2,
    Refused = 3,
}

/// <summary>Why a decision on a grant was refused.</summary>
public enum GrantRefusal
{
    NotPending = 1,
    NotApprover = 2,
    OwnRequest = 3,
    Reason = 4,
}
