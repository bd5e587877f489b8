using VendorManager.Domain.Common;

namespace VendorManager.Domain.Accounts;

/// <summary>
/// A government new-media account (政务新媒体账号) of one host unit on one platform.
/// <para>
/// Its filed details (status, name, platform id, operator) change only through its filings: a
/// File… method adds a pending <see cref="Filing"/>, and only <see cref="AcceptFiling"/> applies it.
/// The one step outside a filing is <see cref="RecordPlatformId"/>: after an accepted opening the unit
/// registers the account on the platform and records the id it got, which makes the account Active.
/// Housekeeping facts the county office does not file (national-system registration, who holds the
/// password and when it was changed) are recorded directly.
/// </para>
/// </summary>
public sealed class Account : Entity, IHostUnitOwned
{
    public const int NameMaxLength = 100;
    public const int PlatformIdMaxLength = 200;
    public const int CredentialsHolderMaxLength = 50;

    /// <summary>A password older than this is flagged (密码超过 90 天未修改).</summary>
    public const int PasswordMaxAgeDays = 90;

    private readonly List<Filing> _filings = [];

    private Account()
    {
        Name = string.Empty;
    }

    private Account(int hostUnitId, Platform platform, string name, AccountOperator @operator)
    {
        HostUnitId = hostUnitId;
        Platform = platform;
        Name = name;
        Operator = @operator;
        Status = AccountStatus.Filed;
    }

    public int HostUnitId { get; private set; }

    public Platform Platform { get; private set; }

    public string Name { get; private set; }

    /// <summary>The id or address the platform gave; none until the unit registers the account.</summary>
    public string? PlatformId { get; private set; }

    public AccountOperator Operator { get; private set; }

    public AccountStatus Status { get; private set; }

    /// <summary>The China date the platform id was recorded; the zombie clock starts here when nothing was ever posted.</summary>
    public DateOnly? ActiveSince { get; private set; }

    public string? PlatformIdRecordedBy { get; private set; }

    public DateTimeOffset? PlatformIdRecordedAt { get; private set; }

    /// <summary>纳入“全国政务新媒体信息报送系统”.</summary>
    public bool RegisteredInNationalSystem { get; private set; }

    /// <summary>Who in the unit holds the credentials (账号密码保管人).</summary>
    public string? CredentialsHolder { get; private set; }

    public DateOnly? PasswordChangedOn { get; private set; }

    /// <summary>
    /// The latest post date (最后发布日期) its monthly records or its published posts give; none while nothing
    /// was ever posted. Kept on the account by <see cref="UpdateLastPost"/> and <see cref="RecordPublication"/>
    /// so that lists filter and count the activity flags from one column instead of reading every month's
    /// record of every account.
    /// </summary>
    public DateOnly? LastPostOn { get; private set; }

    /// <summary>Every filing, oldest first.</summary>
    public IReadOnlyList<Filing> Filings => _filings;

    public Filing? PendingFiling => _filings.FirstOrDefault(f => f.IsPending);

    /// <summary>What may happen to the account now, and what holds the rest back.</summary>
    public IReadOnlyList<Availability<AccountTrigger>> Actions() => Lifecycle().Actions();

    /// <summary>
    /// Counts against "one account per unit per platform": everything not closed or cancelled,
    /// including openings still waiting, so two openings filed together cannot both slip through.
    /// </summary>
    public bool OccupiesPlatform => Status is not (AccountStatus.Closed or AccountStatus.Cancelled);

    /// <summary>
    /// Files an opening (开设备案): the account comes into being with status Filed and no platform id.
    /// <paramref name="unitAccounts"/> are the unit's existing accounts (others are ignored); when one
    /// of them already occupies the platform, a written <paramref name="justification"/> is required.
    /// </summary>
    public static RuleResult<Account> FileOpening(
        int hostUnitId,
        Platform platform,
        string? name,
        AccountOperator @operator,
        string? justification,
        IEnumerable<Account> unitAccounts,
        string submittedBy,
        DateTimeOffset at)
    {
        if (!Enum.IsDefined(platform))
        {
            return AccountRefusals.UnknownPlatform;
        }

        var account = new Account(hostUnitId, platform, Clean(name) ?? string.Empty, @operator);
        var filed = account.AddOpening(name, @operator, justification, unitAccounts, submittedBy, at);
        return filed.Succeeded ? RuleResult<Account>.Ok(account) : filed.Refusal!;
    }

    /// <summary>
    /// Files the opening again after the Supervisor returned it (the account is still Filed). The returned opening's
    /// papers come along (the same stored scans, with who attached them and when), so the unit uploads only what the
    /// return asked for; the returned filing keeps its own, as the history of what was decided on.
    /// </summary>
    public RuleResult<Filing> ResubmitOpening(
        string? name,
        AccountOperator @operator,
        string? justification,
        IEnumerable<Account> unitAccounts,
        string submittedBy,
        DateTimeOffset at)
    {
        var returned = _filings.Where(f => f.Kind == FilingKind.Opening && f.State == FilingState.Returned).MaxBy(f => f.SubmittedAt);
        var filed = AddOpening(name, @operator, justification, unitAccounts, submittedBy, at);
        foreach (var paper in filed.Succeeded ? returned?.Attachments ?? [] : [])
        {
            // A copy of the record, not the same instance: each attachment owns its own (the scan on disk is shared).
            filed.Value!.Attach(new FilingAttachment(paper.Paper, paper.File with { }, paper.AttachedBy, paper.AttachedAt));
        }

        return filed;
    }

    /// <summary>
    /// Whether any of the account's filings still carries the stored scan: a paper carried over to a refiled opening
    /// shares its scan with the returned one, so removing it from one filing must leave the file for the other.
    /// </summary>
    public bool HoldsScan(string storedName) => _filings.Any(f => f.Attachments.Any(a => a.File.StoredName == storedName));

    /// <summary>
    /// Files a change (变更备案) of name, platform id or operator; null leaves a detail as it is.
    /// Only an Active account changes: before that, its details are still the opening's.
    /// </summary>
    public RuleResult<Filing> FileChange(
        string? name,
        string? platformId,
        AccountOperator? @operator,
        string submittedBy,
        DateTimeOffset at)
    {
        if (Refuse(submittedBy, AccountTrigger.FileChange) is { } refusal)
        {
            return refusal;
        }

        var newName = Clean(name);
        var newPlatformId = Clean(platformId);
        if (newName is { Length: > NameMaxLength })
        {
            return AccountRefusals.NameTooLong;
        }

        if (newPlatformId is { Length: > PlatformIdMaxLength })
        {
            return AccountRefusals.PlatformIdTooLong;
        }

        if (@operator is { } op && !Enum.IsDefined(op))
        {
            return AccountRefusals.UnknownOperator;
        }

        // Only what really differs is filed, so the history shows what changed.
        newName = newName == Name ? null : newName;
        newPlatformId = newPlatformId == PlatformId ? null : newPlatformId;
        var newOperator = @operator == Operator ? null : @operator;

        var filing = Filing.Change(this, newName, newPlatformId, newOperator, submittedBy.Trim(), at);
        if (CheckChange(filing) is { } unmet)
        {
            return unmet;
        }

        _filings.Add(filing);
        return RuleResult<Filing>.Ok(filing);
    }

    /// <summary>
    /// Files a closing (关停备案). The public is told first: <paramref name="announcedOn"/> is the day
    /// the stop-updating announcement was published, on or before the day of filing.
    /// </summary>
    public RuleResult<Filing> FileClosing(DateOnly? announcedOn, string? reason, string submittedBy, DateTimeOffset at) =>
        AddEnding(FilingKind.Closing, announcedOn, reason, submittedBy, at);

    /// <summary>
    /// Files a cancellation (注销备案): for an account idle for good, merged into another or beyond the
    /// unit's means ("长期闲置不注销" is problem 5 of the notice). An Active account needs a prior
    /// announcement, as for a closing; a Closed one announced when it closed; one accepted but never
    /// registered, or whose opening was returned, has no public to tell.
    /// </summary>
    public RuleResult<Filing> FileCancellation(DateOnly? announcedOn, string? reason, string submittedBy, DateTimeOffset at) =>
        AddEnding(FilingKind.Cancellation, announcedOn, reason, submittedBy, at);

    /// <summary>
    /// The Supervisor accepts (受理) a pending filing, and only now does the account follow it.
    /// One account per platform is judged when the opening is submitted, against every account that
    /// occupies the platform then (pending openings included), and not again here: otherwise of two
    /// openings filed one after the other, accepting the first would wrongly demand a justification
    /// because the second now exists.
    /// </summary>
    public RuleResult AcceptFiling(Filing filing, string acceptedBy, DateTimeOffset at)
    {
        if (CheckDecision(filing, acceptedBy, FilingTrigger.Accept) is { } refusal)
        {
            return refusal;
        }

        var trigger = filing.Kind switch
        {
            FilingKind.Opening => AccountTrigger.AcceptOpening,
            FilingKind.Change => AccountTrigger.AcceptChange,
            FilingKind.Closing => AccountTrigger.AcceptClosing,
            _ => AccountTrigger.AcceptCancellation,
        };
        var unmet = Check(trigger) ?? filing.Kind switch
        {
            FilingKind.Opening => null,
            FilingKind.Change => CheckChange(filing),
            _ => CheckEnding(filing),
        };
        if (unmet is not null)
        {
            return unmet;
        }

        filing.Decide(FilingTrigger.Accept, acceptedBy.Trim(), at);
        if (filing.Kind == FilingKind.Opening)
        {
            Name = filing.Name!;
            Operator = filing.Operator!.Value;
        }
        else if (filing.Kind == FilingKind.Change)
        {
            Name = filing.Name ?? Name;
            PlatformId = filing.PlatformId ?? PlatformId;
            Operator = filing.Operator ?? Operator;
        }

        return Fire(trigger);
    }

    /// <summary>The Supervisor returns a pending filing with a reason; the account does not change.</summary>
    public RuleResult ReturnFiling(Filing filing, string? reason, string returnedBy, DateTimeOffset at)
    {
        if (CheckDecision(filing, returnedBy, FilingTrigger.Return) is { } refusal)
        {
            return refusal;
        }

        var why = Clean(reason);
        if (why is null)
        {
            return AccountRefusals.ReturnReasonRequired;
        }

        if (why.Length > Filing.TextMaxLength)
        {
            return AccountRefusals.ReturnReasonTooLong;
        }

        return filing.Decide(FilingTrigger.Return, returnedBy.Trim(), at, why);
    }

    /// <summary>
    /// Attaches a paper (备案材料) to one of its filings: one being filed now (made in this unit of work), or a returned one that is
    /// still the account's latest, which the unit completes before resubmitting. Never to a filing the Supervisor
    /// is examining or has accepted: what was decided on stays as it was.
    /// </summary>
    public RuleResult<FilingAttachment> AttachPaper(Filing filing, FilingPaper paper, StoredFile file, string attachedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (CheckEditable(filing, attachedBy) is { } refusal)
        {
            return refusal;
        }

        if (!FilingPapers.AllowedFor(filing.Kind).Contains(paper))
        {
            return AccountRefusals.PaperNotForKind;
        }

        var attachment = new FilingAttachment(paper, file, attachedBy.Trim(), at);
        filing.Attach(attachment);
        return RuleResult<FilingAttachment>.Ok(attachment);
    }

    /// <summary>Removes a paper from a filing, under the same conditions as <see cref="AttachPaper"/>.</summary>
    public RuleResult<FilingAttachment> RemovePaper(Filing filing, int attachmentId, string removedBy)
    {
        if (CheckEditable(filing, removedBy) is { } refusal)
        {
            return refusal;
        }

        if (filing.Attachments.FirstOrDefault(a => a.Id == attachmentId) is not { } attachment)
        {
            return AccountRefusals.PaperNotFound;
        }

        filing.Detach(attachment);
        return RuleResult<FilingAttachment>.Ok(attachment);
    }

    /// <summary>
    /// Whether a filing carries every paper its kind requires: asked before a new filing is saved (the service
    /// attaches the uploads first) and again by <see cref="ResubmitFiling"/>.
    /// </summary>
    public static Refusal? CheckPapers(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return filing.MissingPapers is { Count: > 0 } missing ? AccountRefusals.PapersMissing(missing) : null;
    }

    /// <summary>
    /// Submits a returned filing again once its papers are complete (补充材料后重新提交). The account must still be
    /// able to take a filing of that kind: nothing else waiting, the state it needs, and the filing the latest.
    /// </summary>
    public RuleResult ResubmitFiling(Filing filing, string submittedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(filing);
        if (!IsKnownActor(submittedBy))
        {
            return AccountRefusals.ActorRequired;
        }

        if (!_filings.Contains(filing))
        {
            return AccountRefusals.FilingNotOfThisAccount;
        }

        if (!filing.Availability(FilingTrigger.Resubmit).CanFire)
        {
            return AccountRefusals.ResubmitOnlyReturned;
        }

        if (IsSuperseded(filing))
        {
            return AccountRefusals.FilingSuperseded;
        }

        var trigger = filing.Kind switch
        {
            FilingKind.Opening => AccountTrigger.FileOpening,
            FilingKind.Change => AccountTrigger.FileChange,
            FilingKind.Closing => AccountTrigger.FileClosing,
            _ => AccountTrigger.FileCancellation,
        };
        var unmet = Check(trigger) ?? CheckPapers(filing) ?? filing.Kind switch
        {
            FilingKind.Opening => null,
            FilingKind.Change => CheckChange(filing),
            _ => CheckEnding(filing),
        };
        return unmet ?? filing.Resubmit(submittedBy.Trim(), at);
    }

    /// <summary>Whether the unit may still add or remove its papers (what the page offers, and what the rules allow).</summary>
    public bool ArePapersEditable(Filing filing) =>
        _filings.Contains(filing) && ((filing.IsBeingFiled && filing.IsPending) || (filing.State == FilingState.Returned && !IsSuperseded(filing)));

    /// <summary>
    /// Records the id the platform gave after the unit registered the account, which makes it Active.
    /// Refused unless an opening was accepted: no account goes live on a platform without filing first.
    /// </summary>
    public RuleResult RecordPlatformId(string? platformId, string recordedBy, DateTimeOffset at)
    {
        if (!IsKnownActor(recordedBy))
        {
            return AccountRefusals.ActorRequired;
        }

        if (Check(AccountTrigger.RecordPlatformId) is { } refusal)
        {
            return refusal;
        }

        var id = Clean(platformId);
        if (id is null)
        {
            return AccountRefusals.PlatformIdRequired;
        }

        if (id.Length > PlatformIdMaxLength)
        {
            return AccountRefusals.PlatformIdTooLong;
        }

        PlatformId = id;
        ActiveSince = ChinaDate(at);
        PlatformIdRecordedBy = recordedBy.Trim();
        PlatformIdRecordedAt = at;
        return Fire(AccountTrigger.RecordPlatformId);
    }

    /// <summary>
    /// Takes <see cref="LastPostOn"/> from the account's monthly records after one was recorded or
    /// corrected, or from its latest published post (已发布稿件) when that is later (decision 0028). Pass
    /// every record of the account, the changed one included: a correction can move the latest post back,
    /// and only all months together say which is the latest. Records of other accounts are ignored.
    /// </summary>
    public void UpdateLastPost(IEnumerable<MonthlyActivity> activity, DateTimeOffset? lastPublishedAt)
    {
        var fromMonths = activity.Where(a => a.AccountId == Id).Max(a => a.LastPostOn);
        var published = lastPublishedAt is { } at ? ChinaDate(at) : (DateOnly?)null;
        LastPostOn = new[] { fromMonths, published }.Max();
    }

    /// <summary>
    /// A post published at <paramref name="publishedAt"/> was recorded: the last post date moves to its
    /// China day when that is later, never back (an import of older posts leaves it).
    /// </summary>
    public void RecordPublication(DateTimeOffset publishedAt)
    {
        var day = ChinaDate(publishedAt);
        if (LastPostOn is not { } last || day > last)
        {
            LastPostOn = day;
        }
    }

    /// <summary>Records whether the account is in 全国政务新媒体信息报送系统.</summary>
    public void RecordNationalRegistration(bool registered) => RegisteredInNationalSystem = registered;

    /// <summary>Records who holds the credentials and when the password was last changed.</summary>
    public RuleResult RecordCredentials(string? holder, DateOnly? passwordChangedOn, DateOnly today)
    {
        var who = Clean(holder);
        if (who is { Length: > CredentialsHolderMaxLength })
        {
            return AccountRefusals.CredentialsHolderTooLong;
        }

        if (passwordChangedOn > today)
        {
            return AccountRefusals.PasswordChangedInFuture;
        }

        CredentialsHolder = who;
        PasswordChangedOn = passwordChangedOn;
        return RuleResult.Ok();
    }

    /// <summary>
    /// Whether the password is older than <paramref name="maxAgeDays"/> on <paramref name="on"/>:
    /// changed on D − 90 is still fine, D − 91 is flagged. The password was set when the account went
    /// live, so its age counts from the later of that day and the last recorded change: a fresh account
    /// is never flagged. Only accounts that exist on the platform (Active, Closed) have a password
    /// that can be stolen.
    /// </summary>
    public bool IsPasswordOverdue(DateOnly on, int maxAgeDays = PasswordMaxAgeDays)
    {
        if (Status is not (AccountStatus.Active or AccountStatus.Closed))
        {
            return false;
        }

        DateOnly? setOn = PasswordChangedOn > ActiveSince ? PasswordChangedOn : ActiveSince ?? PasswordChangedOn;
        return setOn is not { } set || on.DayNumber - set.DayNumber > maxAgeDays;
    }

    private RuleResult<Filing> AddOpening(
        string? name,
        AccountOperator @operator,
        string? justification,
        IEnumerable<Account> unitAccounts,
        string submittedBy,
        DateTimeOffset at)
    {
        if (Refuse(submittedBy, AccountTrigger.FileOpening) is { } refusal)
        {
            return refusal;
        }

        var cleanName = Clean(name);
        if (cleanName is null)
        {
            return AccountRefusals.NameRequired;
        }

        if (cleanName.Length > NameMaxLength)
        {
            return AccountRefusals.NameTooLong;
        }

        if (!Enum.IsDefined(@operator))
        {
            return AccountRefusals.UnknownOperator;
        }

        var why = Clean(justification);
        if (why is { Length: > Filing.TextMaxLength })
        {
            return AccountRefusals.JustificationTooLong;
        }

        // A justification nobody needed is not kept: its presence is what flags the filing.
        var accounts = unitAccounts.ToList();
        var filing = Filing.Opening(this, cleanName, @operator, NeedsJustification(accounts) ? why : null, submittedBy.Trim(), at);
        if (CheckOpening(filing, accounts) is { } unmet)
        {
            return unmet;
        }

        _filings.Add(filing);
        return RuleResult<Filing>.Ok(filing);
    }

    private RuleResult<Filing> AddEnding(FilingKind kind, DateOnly? announcedOn, string? reason, string submittedBy, DateTimeOffset at)
    {
        if (Refuse(submittedBy, kind == FilingKind.Closing ? AccountTrigger.FileClosing : AccountTrigger.FileCancellation) is { } refusal)
        {
            return refusal;
        }

        var why = Clean(reason);
        if (why is { Length: > Filing.TextMaxLength })
        {
            return AccountRefusals.ReasonTooLong;
        }

        var filing = Filing.Ending(this, kind, announcedOn, why ?? string.Empty, submittedBy.Trim(), at);
        if (CheckEnding(filing) is { } unmet)
        {
            return unmet;
        }

        _filings.Add(filing);
        return RuleResult<Filing>.Ok(filing);
    }

    // Every new filing: a known actor, and the machine's leave (nothing else waiting, the right state).
    private Refusal? Refuse(string? actor, AccountTrigger trigger) =>
        IsKnownActor(actor) ? Check(trigger) : AccountRefusals.ActorRequired;

    private AccountLifecycle Lifecycle() => AccountLifecycle.For(this, s => Status = s);

    private Refusal? Check(AccountTrigger trigger) => Lifecycle().Availability(trigger).CanFire ? null : Refusal(trigger);

    private RuleResult Fire(AccountTrigger trigger) => Lifecycle().Fire(trigger, _ => Refusal(trigger));

    // A filing waiting for the Supervisor is the first thing to say, as the unit can do nothing about the state.
    private Refusal Refusal(AccountTrigger trigger) =>
        trigger is AccountTrigger.FileOpening or AccountTrigger.FileChange or AccountTrigger.FileClosing or AccountTrigger.FileCancellation
            && PendingFiling is not null
            ? AccountRefusals.FilingPending
            : trigger switch
            {
                AccountTrigger.FileOpening or AccountTrigger.AcceptOpening => AccountRefusals.OpeningOnlyWhileFiled,
                AccountTrigger.RecordPlatformId => AccountRefusals.PlatformIdOnlyAfterAcceptedOpening,
                AccountTrigger.FileChange or AccountTrigger.AcceptChange => AccountRefusals.ChangeOnlyWhenActive,
                AccountTrigger.FileClosing or AccountTrigger.AcceptClosing => AccountRefusals.ClosingOnlyWhenActive,
                AccountTrigger.FileCancellation or AccountTrigger.AcceptCancellation => AccountRefusals.AlreadyCancelled,
                _ => ActivityRefusals.NotActiveInMonth,
            };

    private Refusal? CheckEditable(Filing filing, string actor)
    {
        ArgumentNullException.ThrowIfNull(filing);
        if (!IsKnownActor(actor))
        {
            return AccountRefusals.ActorRequired;
        }

        if (!_filings.Contains(filing))
        {
            return AccountRefusals.FilingNotOfThisAccount;
        }

        return ArePapersEditable(filing) ? null : AccountRefusals.PapersOnlyWhileEditable;
    }

    // A filing made after a returned one answers for the account now; the returned one is history. Filings are
    // kept oldest first (as added, and as read back by key).
    private bool IsSuperseded(Filing filing) => !ReferenceEquals(_filings[^1], filing);

    private static bool IsKnownActor(string? actor) =>
        !string.IsNullOrWhiteSpace(actor) && actor.Trim().Length <= Filing.ActorMaxLength;

    private bool NeedsJustification(IEnumerable<Account> unitAccounts) =>
        Platform.IsOneAccountPerUnit()
        && unitAccounts.Any(a => !ReferenceEquals(a, this)
            && (a.Id == 0 || a.Id != Id)
            && a.HostUnitId == HostUnitId
            && a.Platform == Platform
            && a.OccupiesPlatform);

    // The conditions a filing must meet when submitted; changes and endings are checked again on acceptance.
    private Refusal? CheckOpening(Filing filing, IEnumerable<Account> unitAccounts) =>
        NeedsJustification(unitAccounts) && filing.Justification is null
            ? AccountRefusals.JustificationRequired(Platform)
            : null;

    private static Refusal? CheckChange(Filing filing) =>
        filing.Name is null && filing.PlatformId is null && filing.Operator is null
            ? AccountRefusals.ChangeChangesNothing
            : null;

    // The state is the machine's to judge; these are the filing's own contents.
    private Refusal? CheckEnding(Filing filing)
    {
        if (string.IsNullOrEmpty(filing.Reason))
        {
            return AccountRefusals.ReasonRequired;
        }

        // Only a live account has followers to tell before it goes quiet or disappears.
        if (Status == AccountStatus.Active)
        {
            if (filing.AnnouncedOn is not { } announced)
            {
                return AccountRefusals.AnnouncementRequired;
            }

            if (announced > ChinaDate(filing.SubmittedAt))
            {
                return AccountRefusals.AnnouncementInFuture;
            }
        }

        return null;
    }

    private Refusal? CheckDecision(Filing filing, string actor, FilingTrigger trigger)
    {
        if (!IsKnownActor(actor))
        {
            return AccountRefusals.ActorRequired;
        }

        if (!_filings.Contains(filing))
        {
            return AccountRefusals.FilingNotOfThisAccount;
        }

        return filing.Availability(trigger).CanFire ? null : AccountRefusals.FilingAlreadyDecided;
    }

    private static DateOnly ChinaDate(DateTimeOffset at) => DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// 备案已提交 → 已受理 (the unit may now register it) → 已启用 (platform id recorded) → 已关停 / 已注销.
/// </summary>
public enum AccountStatus
{
    /// <summary>备案已提交: the opening is filed (or was returned and may be filed again).</summary>
    Filed = 1,

    /// <summary>已受理: the opening was accepted; the unit may register the account on the platform.</summary>
    Accepted = 2,

    /// <summary>已启用: registered, platform id recorded.</summary>
    Active = 3,

    /// <summary>已关停: stopped updating after an announcement; still on the platform.</summary>
    Closed = 4,

    /// <summary>已注销: removed.</summary>
    Cancelled = 5,
}

/// <summary>Who runs the account day to day: the unit itself (自行运营) or an agency under contract (委托运营).</summary>
public enum AccountOperator
{
    UnitItself = 1,
    UnderContract = 2,
}
