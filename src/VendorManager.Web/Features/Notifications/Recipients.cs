using VendorManager.Domain.Common;

namespace VendorManager.Web.Features.Notifications;

/// <summary>
/// Who receives a notification, by role and scope rather than by name, so that whoever holds the
/// role when the event happens is told: <c>Recipients.UnitUsers(unitId).And(Recipients.Supervisors)</c>.
/// Resolved to user ids by <see cref="INotifier"/> when it sends.
/// </summary>
public sealed class Recipients
{
    private readonly IReadOnlyList<Rule> _rules;

    private Recipients(IReadOnlyList<Rule> rules) => _rules = rules;

    /// <summary>Everyone with the role, wherever they are bound (e.g. <see cref="Roles.Procurement"/>).</summary>
    public static Recipients Role(string role) => new([new Rule(role, null, null, false, null)]);

    /// <summary>The county office (主管单位).</summary>
    public static Recipients Supervisors => Role(Roles.Supervisor);

    /// <summary>The procurement office.</summary>
    public static Recipients Procurement => Role(Roles.Procurement);

    /// <summary>The HostUnit users of one unit.</summary>
    public static Recipients UnitUsers(int hostUnitId) => new([new Rule(Roles.HostUnit, hostUnitId, null, false, null)]);

    /// <summary>The unit's own finance staff and the county finance bureau (finance bound to no unit).</summary>
    public static Recipients Finance(int hostUnitId) =>
        new([new Rule(Roles.Finance, hostUnitId, null, false, null), new Rule(Roles.Finance, null, null, true, null)]);

    /// <summary>The users of one agency.</summary>
    public static Recipients AgencyUsers(int agencyId) => new([new Rule(Roles.Agency, null, agencyId, false, null)]);

    /// <summary>One user by id (e.g. whoever submitted something).</summary>
    public static Recipients User(string userId) => new([new Rule(null, null, null, false, userId)]);

    public Recipients And(Recipients other) => new([.. _rules, .. other._rules]);

    internal IReadOnlyList<Rule> Rules => _rules;

    /// <param name="CountyOnly">Only users of the role bound to no unit.</param>
    internal sealed record Rule(string? Role, int? HostUnitId, int? AgencyId, bool CountyOnly, string? UserId);
}
