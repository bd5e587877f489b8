using Stateless;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Accounts;

/// <summary>
/// An account's lifecycle (账号生命周期): the unit files (开设 / 变更 / 关停 / 注销 备案), the Supervisor's
/// acceptance of the filing moves the account, and after an accepted opening the unit records the
/// platform id, which makes it Active. Filing triggers leave the state as it is (the filing waits) and
/// are held back while another filing waits; the unit's own records (monthly activity, housekeeping)
/// are steps within a state too, so that the page asks one machine what the unit may do now.
/// </summary>
public sealed class AccountLifecycle : Lifecycle<AccountStatus, AccountTrigger>
{
    /// <summary>Holds every new filing back while one waits for the Supervisor.</summary>
    public const string NoPendingFiling = "该账号没有待受理的备案";

    /// <summary>Only an accepted opening lets the unit register the account on the platform.</summary>
    public const string OpeningAccepted = "开设备案已受理";

    private readonly Account? _account;

    private AccountLifecycle(Func<AccountStatus> read, Action<AccountStatus> write, Account? account)
        : base(read, write)
    {
        _account = account;
        Configure();
    }

    internal static AccountLifecycle For(Account account, Action<AccountStatus> write) => new(() => account.Status, write, account);

    /// <summary>The Mermaid diagram of the machine, for docs/account-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = AccountStatus.Filed;
        return new AccountLifecycle(() => state, s => state = s, null).Mermaid();
    }

    private Account Account => _account ?? throw new InvalidOperationException("The diagram machine has no account.");

    private bool NothingPending() => Account.PendingFiling is null;

    private bool HasAcceptedOpening() => Account.Filings.Any(f => f.Kind == FilingKind.Opening && f.State == FilingState.Accepted);

    private void Configure()
    {
        Endable(Machine.Configure(AccountStatus.Filed))
            .PermitReentryIf(AccountTrigger.FileOpening, NothingPending, NoPendingFiling)
            .Permit(AccountTrigger.AcceptOpening, AccountStatus.Accepted);

        Endable(Machine.Configure(AccountStatus.Accepted))
            .PermitIf(AccountTrigger.RecordPlatformId, AccountStatus.Active, HasAcceptedOpening, OpeningAccepted);

        Endable(Machine.Configure(AccountStatus.Active))
            .PermitReentryIf(AccountTrigger.FileChange, NothingPending, NoPendingFiling)
            .PermitReentry(AccountTrigger.AcceptChange)
            .PermitReentryIf(AccountTrigger.FileClosing, NothingPending, NoPendingFiling)
            .Permit(AccountTrigger.AcceptClosing, AccountStatus.Closed)
            .PermitReentry(AccountTrigger.RecordActivity);

        Endable(Machine.Configure(AccountStatus.Closed));

        Machine.Configure(AccountStatus.Cancelled)
            .PermitReentry(AccountTrigger.RecordHousekeeping);
    }

    // Every state short of Cancelled may be cancelled (注销), and the unit keeps its housekeeping facts in all.
    private StateMachine<AccountStatus, AccountTrigger>.StateConfiguration Endable(StateMachine<AccountStatus, AccountTrigger>.StateConfiguration state) =>
        state
            .PermitReentryIf(AccountTrigger.FileCancellation, NothingPending, NoPendingFiling)
            .Permit(AccountTrigger.AcceptCancellation, AccountStatus.Cancelled)
            .PermitReentry(AccountTrigger.RecordHousekeeping);
}

/// <summary>
/// What happens to an account: the unit's filings and records, and the Supervisor's acceptance of each
/// kind of filing (its return leaves the account as it was).
/// </summary>
public enum AccountTrigger
{
    /// <summary>开设备案, or filing a returned opening again.</summary>
    FileOpening = 1,
    AcceptOpening = 2,

    /// <summary>登记平台账号ID after an accepted opening: the account goes live.</summary>
    RecordPlatformId = 3,
    FileChange = 4,
    AcceptChange = 5,
    FileClosing = 6,
    AcceptClosing = 7,
    FileCancellation = 8,
    AcceptCancellation = 9,

    /// <summary>The month's operation record (运维情况) of a live account.</summary>
    RecordActivity = 10,

    /// <summary>National-system registration and who holds the credentials.</summary>
    RecordHousekeeping = 11,
}
