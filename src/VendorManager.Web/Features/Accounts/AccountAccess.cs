using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;

namespace VendorManager.Web.Features.Accounts;

using Account = VendorManager.Domain.Accounts.Account;

/// <summary>
/// Who may press which button on accounts and filings ("谁开设、谁主办、谁负责"): a unit's own users file
/// and keep their accounts' records; the Supervisor decides filings. The account's acceptance steps are
/// nobody's button: they follow the Supervisor's decision on the filing.
/// </summary>
public static class AccountAccess
{
    /// <summary>The Supervisor and Procurement read the whole inventory, a unit user its own; not the Admin or the Auditor (docs/SECURITY.md).</summary>
    public static bool MayRead(UserScope scope) =>
        scope.IsInRole(Roles.HostUnit) || scope.IsInRole(Roles.Supervisor) || scope.IsInRole(Roles.Procurement);

    /// <summary>The unit a user files for: its own, and only as a unit user (county roles decide, they do not file).</summary>
    public static int? OwnUnit(UserScope scope) => scope.IsInRole(Roles.HostUnit) ? scope.HostUnitId : null;

    public static bool MayPress(UserScope scope, int hostUnitId, AccountTrigger trigger) => trigger switch
    {
        AccountTrigger.FileOpening or AccountTrigger.RecordPlatformId or AccountTrigger.FileChange or AccountTrigger.FileClosing
            or AccountTrigger.FileCancellation or AccountTrigger.RecordActivity or AccountTrigger.RecordHousekeeping => OwnUnit(scope) == hostUnitId,
        _ => false,
    };

    public static bool MayDecide(UserScope scope) => scope.IsInRole(Roles.Supervisor);

    /// <summary>The account's actions now (its machine) that this user may press.</summary>
    public static IReadOnlyList<AccountTrigger> Actions(UserScope scope, Account account) =>
        [.. account.Actions().Where(a => a.CanFire && MayPress(scope, account.HostUnitId, a.Trigger)).Select(a => a.Trigger)];

    /// <summary>The decisions on a filing in this state (its machine) that this user may take; resubmitting is the unit's, not a decision.</summary>
    public static IReadOnlyList<FilingTrigger> Actions(UserScope scope, FilingState state) =>
        MayDecide(scope) ? [.. FilingLifecycle.ActionsIn(state).Where(a => a.CanFire && a.Trigger != FilingTrigger.Resubmit).Select(a => a.Trigger)] : [];

    /// <summary>
    /// What the inventory page offers the user whatever account it shows: a unit user files the opening of
    /// a new account and imports the monthly records of its own.
    /// </summary>
    public static IReadOnlyList<AccountTrigger> InventoryActions(UserScope scope) =>
        OwnUnit(scope) is null ? [] : [AccountTrigger.FileOpening, AccountTrigger.RecordActivity];
}
