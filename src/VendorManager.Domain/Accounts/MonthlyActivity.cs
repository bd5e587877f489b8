using VendorManager.Domain.Common;

namespace VendorManager.Domain.Accounts;

/// <summary>
/// One month of an account's activity (月度运维情况), entered by the host unit or imported. A publishing
/// account reports posts, its last post date and messages; a government app reports instead whether it
/// could be installed and used that month.
/// </summary>
public sealed class MonthlyActivity : Entity, IHostUnitOwned
{
    private MonthlyActivity()
    {
    }

    public int AccountId { get; private set; }

    public int HostUnitId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>Publishing accounts: posts published that month (发布条数).</summary>
    public int? Posts { get; private set; }

    /// <summary>
    /// Publishing accounts: the date of the latest post so far. Within the month when it had posts;
    /// in an earlier month, or unknown, when it had none.
    /// </summary>
    public DateOnly? LastPostOn { get; private set; }

    public int? MessagesReceived { get; private set; }

    public int? MessagesAnswered { get; private set; }

    /// <summary>Government apps: could it be installed and used (能否正常下载安装使用).</summary>
    public bool? AppUsable { get; private set; }

    /// <summary>The first day of the month <paramref name="date"/> falls in.</summary>
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    public static RuleResult<MonthlyActivity> ForPublishing(
        Account account,
        DateOnly month,
        int posts,
        DateOnly? lastPostOn,
        int messagesReceived,
        int messagesAnswered,
        DateOnly today)
    {
        var activity = new MonthlyActivity { AccountId = account.Id, HostUnitId = account.HostUnitId, Month = MonthOf(month) };
        var recorded = activity.CorrectPublishing(account, posts, lastPostOn, messagesReceived, messagesAnswered, today);
        return recorded.Succeeded ? RuleResult<MonthlyActivity>.Ok(activity) : recorded.Refusal!;
    }

    public static RuleResult<MonthlyActivity> ForGovernmentApp(Account account, DateOnly month, bool usable, DateOnly today)
    {
        var activity = new MonthlyActivity { AccountId = account.Id, HostUnitId = account.HostUnitId, Month = MonthOf(month) };
        var recorded = activity.CorrectGovernmentApp(account, usable, today);
        return recorded.Succeeded ? RuleResult<MonthlyActivity>.Ok(activity) : recorded.Refusal!;
    }

    /// <summary>Replaces the month's figures (a correction by the unit, or a re-import).</summary>
    public RuleResult CorrectPublishing(Account account, int posts, DateOnly? lastPostOn, int messagesReceived, int messagesAnswered, DateOnly today)
    {
        if (CheckAccount(account, publishing: true, today) is { } refusal)
        {
            return refusal;
        }

        var problems = MonthlyActivityRules.Check(Month, posts, lastPostOn, messagesReceived, messagesAnswered, today);
        if (problems.Count > 0)
        {
            return problems[0];
        }

        Posts = posts;
        LastPostOn = lastPostOn;
        MessagesReceived = messagesReceived;
        MessagesAnswered = messagesAnswered;
        AppUsable = null;
        return RuleResult.Ok();
    }

    public RuleResult CorrectGovernmentApp(Account account, bool usable, DateOnly today)
    {
        if (CheckAccount(account, publishing: false, today) is { } refusal)
        {
            return refusal;
        }

        AppUsable = usable;
        Posts = null;
        LastPostOn = null;
        MessagesReceived = null;
        MessagesAnswered = null;
        return RuleResult.Ok();
    }

    private Refusal? CheckAccount(Account account, bool publishing, DateOnly today)
    {
        if (account.Id != AccountId || account.HostUnitId != HostUnitId)
        {
            return ActivityRefusals.WrongAccount;
        }

        if (account.Platform.IsPublishing() != publishing)
        {
            return publishing ? ActivityRefusals.AppHasNoPosts : ActivityRefusals.PublishingAccountHasPosts;
        }

        // Activity exists only from the month the account went live on the platform.
        if (account.ActiveSince is not { } since || Month < MonthOf(since))
        {
            return ActivityRefusals.NotActiveInMonth;
        }

        return Month > MonthOf(today) ? ActivityRefusals.MonthInFuture : null;
    }
}

/// <summary>
/// The rules of one month's publishing figures, shared by the entry form (through
/// <see cref="MonthlyActivity"/>) and the CSV import (<see cref="MonthlyActivityCsv"/>) so both say the same.
/// </summary>
public static class MonthlyActivityRules
{
    /// <summary>Every problem with the figures, none when they are consistent.</summary>
    public static IReadOnlyList<Refusal> Check(
        DateOnly month,
        int posts,
        DateOnly? lastPostOn,
        int messagesReceived,
        int messagesAnswered,
        DateOnly today)
    {
        var problems = new List<Refusal>();
        var start = MonthlyActivity.MonthOf(month);
        var end = start.AddMonths(1).AddDays(-1);

        if (start > MonthlyActivity.MonthOf(today))
        {
            problems.Add(ActivityRefusals.MonthInFuture);
        }

        if (posts < 0)
        {
            problems.Add(ActivityRefusals.PostsNegative);
        }

        if (messagesReceived < 0 || messagesAnswered < 0)
        {
            problems.Add(ActivityRefusals.MessagesNegative);
        }
        else if (messagesAnswered > messagesReceived)
        {
            problems.Add(ActivityRefusals.AnsweredExceedsReceived);
        }

        if (lastPostOn is not { } last)
        {
            if (posts > 0)
            {
                problems.Add(ActivityRefusals.LastPostRequired);
            }
        }
        else if (last > today)
        {
            problems.Add(ActivityRefusals.LastPostInFuture);
        }
        else if (last > end)
        {
            problems.Add(ActivityRefusals.LastPostAfterMonth);
        }
        else if (posts > 0 && last < start)
        {
            problems.Add(ActivityRefusals.LastPostBeforeMonth);
        }

        return problems;
    }
}

public static class ActivityRefusals
{
    public static Refusal WrongAccount { get; } = new("Activity.WrongAccount", "月度记录与账号不符。");

    public static Refusal AppHasNoPosts { get; } = new("Activity.AppHasNoPosts", "政务客户端App按“能否正常安装使用”填报，不填发布条数。");

    public static Refusal PublishingAccountHasPosts { get; } = new("Activity.PublishingAccountHasPosts", "发布类账号按发布条数填报，“能否正常安装使用”只适用于政务客户端App。");

    public static Refusal NotActiveInMonth { get; } = new("Activity.NotActiveInMonth", "该账号在这个月尚未启用，不能填报运维情况。");

    public static Refusal MonthInFuture { get; } = new("Activity.MonthInFuture", "月份不能晚于本月。");

    public static Refusal PostsNegative { get; } = new("Activity.PostsNegative", "发布条数不能为负数。");

    public static Refusal MessagesNegative { get; } = new("Activity.MessagesNegative", "留言数不能为负数。");

    public static Refusal AnsweredExceedsReceived { get; } = new("Activity.AnsweredExceedsReceived", "已回复留言数不能多于收到的留言数。");

    public static Refusal LastPostRequired { get; } = new("Activity.LastPostRequired", "本月有发布时须填写最后发布日期。");

    public static Refusal LastPostInFuture { get; } = new("Activity.LastPostInFuture", "最后发布日期不能晚于今天。");

    public static Refusal LastPostAfterMonth { get; } = new("Activity.LastPostAfterMonth", "最后发布日期不能晚于该月月底。");

    public static Refusal LastPostBeforeMonth { get; } = new("Activity.LastPostBeforeMonth", "本月有发布时，最后发布日期应在本月内。");
}
