using VendorManager.Domain.Common;

namespace VendorManager.Domain.Staff;

/// <summary>
/// A background check of the person failed (审查未通过), or a pass was revoked (审查结论撤销): from now on they
/// may work on no contract, so their assignments end at once and the contracts left without an allowed editor
/// or reviewer follow.
/// </summary>
public sealed record BackgroundCheckFailed(BackgroundCheck Check) : IDomainEvent
{
    /// <summary>Why, for the contracts that follow: 高雅琴未通过网络安全背景审查, or the revocation with its reason.</summary>
    public Refusal Cause(string personName) => Check.RevocationReason is { } reason
        ? StaffRefusals.CheckRevokedBecause(personName, reason)
        : StaffRefusals.CheckNotPassed(personName);
}
