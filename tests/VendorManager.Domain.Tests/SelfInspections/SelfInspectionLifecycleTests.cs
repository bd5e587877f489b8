using VendorManager.Domain.Common;
using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Supervision;
using VendorManager.Domain.Tests.Common;

namespace VendorManager.Domain.Tests.SelfInspections;

public sealed class SelfInspectionLifecycleTests
{
    private const string Supervisor = "county";
    private const string UnitUser = "unit1";

    // 2026-12-06 10:00 in China.
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly StoredFile Scan = new("a.pdf", "application/pdf", 100, "签字页.pdf");

    /// <summary>The report's table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(ReportStatus From, ReportTrigger Trigger), ReportStatus> ReportTable = new()
    {
        [(ReportStatus.Draft, ReportTrigger.Revise)] = ReportStatus.Draft,
        [(ReportStatus.Draft, ReportTrigger.Submit)] = ReportStatus.Submitted,
        [(ReportStatus.Returned, ReportTrigger.Revise)] = ReportStatus.Returned,
        [(ReportStatus.Returned, ReportTrigger.Submit)] = ReportStatus.Submitted,
        [(ReportStatus.Submitted, ReportTrigger.Accept)] = ReportStatus.Accepted,
        [(ReportStatus.Submitted, ReportTrigger.Return)] = ReportStatus.Returned,
    };

    private static readonly Dictionary<(CampaignStatus From, CampaignTrigger Trigger), CampaignStatus> CampaignTable = new()
    {
        [(CampaignStatus.Open, CampaignTrigger.Close)] = CampaignStatus.Closed,
    };

    public static TheoryData<ReportStatus, ReportTrigger> EveryReportPair() => TransitionTable.EveryPair<ReportStatus, ReportTrigger>();

    public static TheoryData<CampaignStatus, CampaignTrigger> EveryCampaignPair() => TransitionTable.EveryPair<CampaignStatus, CampaignTrigger>();

    [Theory]
    [MemberData(nameof(EveryReportPair))]
    public void Every_report_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(ReportStatus from, ReportTrigger trigger)
    {
        var report = ReportIn(from);
        var offered = report.Actions().Any(a => a.Trigger == trigger && a.CanFire);

        var pressed = trigger switch
        {
            ReportTrigger.Revise => report.Revise(Lines()),
            ReportTrigger.Submit => report.Submit(UnitUser, Now),
            ReportTrigger.Accept => report.Accept(Supervisor, Now),
            _ => report.Return("数字与检查记录不符", Supervisor, Now),
        };

        TransitionTable.Judge(ReportTable, (from, trigger), offered, pressed, report.Status, SelfInspectionRefusals.NotInThisState);
    }

    [Theory]
    [MemberData(nameof(EveryCampaignPair))]
    public void Every_campaign_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(CampaignStatus from, CampaignTrigger trigger)
    {
        var campaign = Campaign();
        if (from == CampaignStatus.Closed)
        {
            Assert.True(campaign.Close([ReportStatus.Accepted], Today).Succeeded);
        }

        var offered = campaign.Actions([ReportStatus.Accepted]).Any(a => a.Trigger == trigger && a.CanFire);
        var pressed = campaign.Close([ReportStatus.Accepted], Today);

        TransitionTable.Judge(CampaignTable, (from, trigger), offered, pressed, campaign.Status, SelfInspectionRefusals.CampaignClosed);
    }

    [Fact]
    public void A_campaign_is_not_closed_while_a_report_waits_and_says_why()
    {
        var campaign = Campaign();

        var closed = campaign.Close([ReportStatus.Accepted, ReportStatus.Submitted], Today);

        Assert.Equal(SelfInspectionRefusals.ReportsNotAllAccepted, closed.Refusal);
        var close = Assert.Single(campaign.Actions([ReportStatus.Submitted]));
        Assert.Equal([SelfInspectionConditions.AllAccepted], close.Unmet.Select(u => u.Condition));
    }

    [Fact]
    public void Opening_gives_each_unit_in_scope_one_draft_report_and_raises_the_event_that_tells_them()
    {
        var campaign = SelfInspectionCampaign.Open("2026年自查整改", Today.AddMonths(-6), Today.AddDays(14), [3, 5, 3], Supervisor, Now).Value!;

        Assert.Equal([3, 5], campaign.Reports.Select(r => r.HostUnitId));
        Assert.All(campaign.Reports, r => Assert.Equal(ReportStatus.Draft, r.Status));
        Assert.IsType<SelfInspectionCampaignOpened>(Assert.Single(campaign.TakeDomainEvents()));
    }

    [Theory]
    [InlineData(0, "SelfInspection.DueNotAfterToday")]
    [InlineData(-1, "SelfInspection.DueNotAfterToday")]
    public void A_campaign_due_today_or_before_is_refused(int dueInDays, string code)
    {
        var opened = SelfInspectionCampaign.Open("专项", Today.AddMonths(-1), Today.AddDays(dueInDays), [1], Supervisor, Now);

        Assert.Equal(code, opened.Refusal?.Code);
    }

    [Fact]
    public void A_campaign_without_units_or_title_is_refused()
    {
        Assert.Equal(SelfInspectionRefusals.NoUnits, SelfInspectionCampaign.Open("专项", Today, Today.AddDays(1), [], Supervisor, Now).Refusal);
        Assert.Equal(SelfInspectionRefusals.TitleRequired, SelfInspectionCampaign.Open(" ", Today, Today.AddDays(1), [1], Supervisor, Now).Refusal);
    }

    [Fact]
    public void Submitting_without_the_signed_scan_is_refused_and_says_the_scan_is_required()
    {
        var report = Campaign().Reports[0];
        Assert.True(report.Revise(Lines()).Succeeded);

        var submitted = report.Submit(UnitUser, Now);

        Assert.Equal(SelfInspectionRefusals.SignedScanRequired, submitted.Refusal);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Contains(SelfInspectionConditions.SignedScanAttached, report.Actions().Single(a => a.Trigger == ReportTrigger.Submit).Unmet.Select(u => u.Condition));
    }

    [Fact]
    public void Submitting_before_the_lines_are_saved_is_refused()
    {
        var report = Campaign().Reports[0];
        Assert.True(report.AttachSignedScan(Scan).Succeeded);

        Assert.Equal(SelfInspectionRefusals.LinesRequired, report.Submit(UnitUser, Now).Refusal);
    }

    [Fact]
    public void Lines_must_cover_every_category_once_and_add_up()
    {
        var report = Campaign().Reports[0];

        Assert.Equal(SelfInspectionRefusals.EveryCategoryOnce, report.Revise(Lines().Skip(1)).Refusal);
        var wrong = Lines().Select(l => l.Category == ProblemCategory.LaxReview ? l with { Found = 3, Fixed = 1, InProgress = 1 } : l);
        var refused = report.Revise(wrong).Refusal;
        Assert.Equal(SelfInspectionRefusals.CountsDoNotAddUpCode, refused?.Code);
        Assert.Contains("审核把关不严", refused!.Message, StringComparison.Ordinal);
        Assert.Equal(SelfInspectionRefusals.NegativeCount, report.Revise(Lines().Select(l => l with { Found = -1, Fixed = -1, InProgress = 0 })).Refusal);
        Assert.Empty(report.Lines);
    }

    [Fact]
    public void A_returned_report_keeps_the_reason_and_goes_back_to_the_unit_which_resubmits()
    {
        var report = ReportIn(ReportStatus.Submitted);

        Assert.Equal(SelfInspectionRefusals.ReturnReasonRequired, report.Return(" ", Supervisor, Now).Refusal);
        Assert.True(report.Return("签字页不清晰", Supervisor, Now).Succeeded);

        Assert.Equal(("签字页不清晰", 1, ReportStatus.Returned), (report.ReturnReason, report.ReturnCount, report.Status));
        Assert.Contains(report.TakeDomainEvents(), e => e is SelfInspectionReportReturned);
        Assert.True(report.AttachSignedScan(Scan with { StoredName = "b.pdf" }).Succeeded);
        Assert.True(report.Submit(UnitUser, Now).Succeeded);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void The_prefill_counts_the_units_items_of_the_period_or_still_open_by_category()
    {
        var from = Today.AddMonths(-3);
        PrefillItem[] items =
        [
            new(ProblemCategory.LaxReview, from.AddDays(1), Verified: true),
            new(ProblemCategory.LaxReview, from.AddDays(2), Verified: false),
            new(ProblemCategory.LaxReview, from.AddDays(-30), Verified: false),
            new(ProblemCategory.LaxReview, from.AddDays(-30), Verified: true),
            new(ProblemCategory.PoorMaintenance, from, Verified: true),
        ];

        var lines = SelfInspectionPrefill.From(items, from);

        Assert.Equal(8, lines.Count);
        Assert.Equal((3, 1, 2), Counts(lines, ProblemCategory.LaxReview));
        Assert.Equal((1, 1, 0), Counts(lines, ProblemCategory.PoorMaintenance));
        Assert.Equal((0, 0, 0), Counts(lines, ProblemCategory.UnclearPositioning));
    }

    [Fact]
    public void A_report_is_overdue_only_while_the_unit_still_holds_it_after_the_due_date()
    {
        var campaign = Campaign();
        var after = campaign.DueOn.AddDays(1);

        Assert.True(campaign.IsOverdue(ReportStatus.Draft, after));
        Assert.True(campaign.IsOverdue(ReportStatus.Returned, after));
        Assert.False(campaign.IsOverdue(ReportStatus.Submitted, after));
        Assert.False(campaign.IsOverdue(ReportStatus.Draft, campaign.DueOn));
    }

    private static (int, int, int) Counts(IReadOnlyList<SelfInspectionLineDraft> lines, ProblemCategory category) =>
        lines.Where(l => l.Category == category).Select(l => (l.Found, l.Fixed, l.InProgress)).Single();

    private static SelfInspectionLineDraft[] Lines() =>
        [.. ProblemCategories.All.Select(c => new SelfInspectionLineDraft(c, 2, 1, 1, "已逐条整改"))];

    private static SelfInspectionCampaign Campaign() =>
        SelfInspectionCampaign.Open("2026年自查整改", Today.AddMonths(-6), Today.AddDays(14), [1, 2], Supervisor, Now).Value!;

    private static SelfInspectionReport ReportIn(ReportStatus status)
    {
        var report = Campaign().Reports[0];
        if (status == ReportStatus.Draft)
        {
            Assert.True(report.Revise(Lines()).Succeeded);
            Assert.True(report.AttachSignedScan(Scan).Succeeded);
            return report;
        }

        Assert.True(report.Revise(Lines()).Succeeded);
        Assert.True(report.AttachSignedScan(Scan).Succeeded);
        Assert.True(report.Submit(UnitUser, Now).Succeeded);
        var reviewed = status switch
        {
            ReportStatus.Accepted => report.Accept(Supervisor, Now),
            ReportStatus.Returned => report.Return("签字页不清晰", Supervisor, Now),
            _ => RuleResult.Ok(),
        };
        Assert.True(reviewed.Succeeded);
        report.TakeDomainEvents();
        return report;
    }
}
