using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Accounts;

/// <summary>
/// A filing (备案) with the county office: the only way an account is opened, changed, closed or
/// cancelled ("未经报备，不得向第三方平台申请开设账号"). Made by <see cref="Account"/>'s File… methods and
/// decided through <see cref="Account.AcceptFiling"/> / <see cref="Account.ReturnFiling"/>, so that the
/// account's state and its filings cannot disagree. Kept forever as the account's history.
/// </summary>
public sealed class Filing : Entity, IHostUnitOwned
{
    public const int TextMaxLength = 1000;
    public const int ActorMaxLength = 256;

    private readonly List<FilingAttachment> _attachments = [];

    private Filing()
    {
        SubmittedBy = string.Empty;
    }

    internal Filing(Account account, FilingKind kind, string submittedBy, DateTimeOffset submittedAt)
    {
        HostUnitId = account.HostUnitId;
        Platform = account.Platform;
        Kind = kind;
        State = FilingState.Submitted;
        SubmittedBy = submittedBy;
        SubmittedAt = submittedAt;
        IsBeingFiled = true;
    }

    /// <summary>Set by the persistence layer from the account's collection.</summary>
    public int AccountId { get; private set; }

    /// <summary>The account's unit, copied so the data scope filters filings without a join.</summary>
    public int HostUnitId { get; private set; }

    /// <summary>The account's platform, copied for the Supervisor's queue.</summary>
    public Platform Platform { get; private set; }

    public FilingKind Kind { get; private set; }

    public FilingState State { get; private set; }

    /// <summary>Opening: the proposed name. Change: the new name, or null when it stays.</summary>
    public string? Name { get; private set; }

    /// <summary>Change only: the new platform id, or null when it stays. An opening never has one.</summary>
    public string? PlatformId { get; private set; }

    /// <summary>Opening: how it will be run. Change: the new way, or null when it stays.</summary>
    public AccountOperator? Operator { get; private set; }

    /// <summary>
    /// Opening only: why the unit needs another account on a platform where it already has one.
    /// Kept only when it was needed, so that its presence is the Supervisor's flag.
    /// </summary>
    public string? Justification { get; private set; }

    /// <summary>Closing, cancellation: the day the stop-updating announcement (停更公告) was published.</summary>
    public DateOnly? AnnouncedOn { get; private set; }

    /// <summary>Closing, cancellation: why (整合, 无力维护, 被盗用…).</summary>
    public string? Reason { get; private set; }

    public string SubmittedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The Supervisor who accepted or returned it.</summary>
    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? ReturnReason { get; private set; }

    public bool IsPending => State == FilingState.Submitted;

    /// <summary>Made in this unit of work and not read back: its papers are still being attached to it.</summary>
    internal bool IsBeingFiled { get; }

    /// <summary>The papers it carries (备案材料), in the order they were attached.</summary>
    public IReadOnlyList<FilingAttachment> Attachments => _attachments;

    /// <summary>The required papers (<see cref="FilingPapers.RequiredFor"/>) it does not carry yet.</summary>
    public IReadOnlyList<FilingPaper> MissingPapers => FilingPapers.Missing(Kind, AnnouncedOn, _attachments.Select(a => a.Paper));

    /// <summary>
    /// The Supervisor's list flag: an opening of a second account on a platform where the unit
    /// already has one, which the notice allows only by exception.
    /// </summary>
    public bool IsAdditionalAccountOnPlatform => Kind == FilingKind.Opening && Justification is not null;

    internal static Filing Opening(Account account, string name, AccountOperator @operator, string? justification, string by, DateTimeOffset at) =>
        new(account, FilingKind.Opening, by, at) { Name = name, Operator = @operator, Justification = justification };

    internal static Filing Change(Account account, string? name, string? platformId, AccountOperator? @operator, string by, DateTimeOffset at) =>
        new(account, FilingKind.Change, by, at) { Name = name, PlatformId = platformId, Operator = @operator };

    internal static Filing Ending(Account account, FilingKind kind, DateOnly? announcedOn, string reason, string by, DateTimeOffset at) =>
        new(account, kind, by, at) { AnnouncedOn = announcedOn, Reason = reason };

    /// <summary>
    /// The last working day the county office has for a filing (办理时限): <paramref name="limit"/> working days
    /// after the China day it was (re)submitted.
    /// </summary>
    public static DateOnly DueOn(DateTimeOffset submittedAt, WorkingDayCalendar calendar, int limit)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(ChinaTime.DateOf(submittedAt), limit);
    }

    /// <summary>
    /// How many working days a filing still waiting is past its limit on <paramref name="today"/> (超期 N 个工作日);
    /// null while it is within the limit or no longer waits. List rows call it with their own columns.
    /// </summary>
    public static int? OverdueWorkingDays(FilingState state, DateTimeOffset submittedAt, WorkingDayCalendar calendar, int limit, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (state != FilingState.Submitted)
        {
            return null;
        }

        var late = calendar.CountWorkingDays(DueOn(submittedAt, calendar, limit), today);
        return late > 0 ? late : null;
    }

    /// <summary>Whether the Supervisor may still accept or return it.</summary>
    public Availability<FilingTrigger> Availability(FilingTrigger trigger) => Lifecycle().Availability(trigger);

    /// <summary>Accepts or returns (with the reason) the filing, through its machine.</summary>
    internal RuleResult Decide(FilingTrigger trigger, string by, DateTimeOffset at, string? returnReason = null)
    {
        var decided = Lifecycle().Fire(trigger, _ => AccountRefusals.FilingAlreadyDecided);
        if (decided.Succeeded)
        {
            ReturnReason = returnReason;
            DecidedBy = by;
            DecidedAt = at;
        }

        return decided;
    }

    internal void Attach(FilingAttachment attachment) => _attachments.Add(attachment);

    internal void Detach(FilingAttachment attachment) => _attachments.Remove(attachment);

    /// <summary>
    /// Submits a returned filing again, now with the papers it lacked: it waits for the Supervisor afresh, and its
    /// time limit counts from now. The return's reason and decider are kept in the audit log, not here.
    /// </summary>
    internal RuleResult Resubmit(string by, DateTimeOffset at)
    {
        var resubmitted = Lifecycle().Fire(FilingTrigger.Resubmit, _ => AccountRefusals.ResubmitOnlyReturned);
        if (resubmitted.Succeeded)
        {
            SubmittedBy = by;
            SubmittedAt = at;
            DecidedBy = null;
            DecidedAt = null;
            ReturnReason = null;
        }

        return resubmitted;
    }

    private FilingLifecycle Lifecycle() => FilingLifecycle.For(this, s => State = s);
}

/// <summary>What is filed: 开设 / 变更 / 关停 / 注销.</summary>
public enum FilingKind
{
    /// <summary>开设: before the account exists on the platform.</summary>
    Opening = 1,

    /// <summary>变更: name, platform id or operator.</summary>
    Change = 2,

    /// <summary>关停: the account stops updating (after a public announcement) but stays on the platform.</summary>
    Closing = 3,

    /// <summary>注销: the account is removed from the platform.</summary>
    Cancellation = 4,
}

/// <summary>Submitted → Accepted (已受理, final) or Returned (已退回, with a reason; may be resubmitted with papers).</summary>
public enum FilingState
{
    Submitted = 1,
    Accepted = 2,
    Returned = 3,
}
