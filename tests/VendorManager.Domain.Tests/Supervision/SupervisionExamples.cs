using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.Tests.Supervision;

/// <summary>An inspection of two accounts of unit 1 and one of unit 2, recorded at 10:00 CST on 27 November 2026.</summary>
internal static class SupervisionExamples
{
    public const int Unit1 = 1;
    public const int Unit2 = 2;
    public const int Account1 = 11;
    public const int Account2 = 12;
    public const int Account3 = 21;
    public const string Supervisor = "county";
    public const string UnitUser = "unit1";
    public const int Agency1 = 31;
    public const string AgencyUser = "agency1";

    public static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, ChinaTime.Offset);

    public static DateOnly Today => new(2026, 11, 27);

    /// <summary>The default deadline on a calendar without holidays: fifteen working days, weekends skipped.</summary>
    public static RectificationDeadline Deadline { get; } =
        new(RectificationDeadline.DefaultDays, RectificationDeadline.DefaultCount, WorkingDayCalendar.WeekendsOnly);

    public static StoredFile Photo { get; } = new("a1b2.png", "image/png", 1234, "整改后截图.png");

    public static Inspection NewInspection(DateTimeOffset? at = null)
    {
        var recorded = Domain.Supervision.Inspection.Record(
            Today.AddDays(-1), "张伟、李明", [(Account1, Unit1), (Account2, Unit1), (Account3, Unit2)], "季度抽查", Supervisor, at ?? Now);
        Assert.True(recorded.Succeeded, recorded.Refusal?.ToString());
        return recorded.Value!;
    }

    public static RectificationItem Item(
        DateTimeOffset? at = null, DateOnly? deadline = null, ProblemCategory category = ProblemCategory.LaxReview, RectificationDeadline? defaultDeadline = null)
    {
        var inspection = NewInspection(at);
        var found = inspection.AddFinding(
            Account1, category, FindingSeverity.Serious, "10月5日推文出现重大表述错误", "推文链接", deadline, defaultDeadline ?? Deadline, Supervisor, at ?? Now);
        Assert.True(found.Succeeded, found.Refusal?.ToString());
        return found.Value!.Rectification;
    }

    public static RectificationItem Submitted(DateTimeOffset? at = null)
    {
        var item = Item(at);
        Assert.True(item.Submit("已删除错误推文并发布更正说明", Photo, UnitUser, (at ?? Now).AddDays(3)).Succeeded);
        return item;
    }
}
