using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Tests.Common;

namespace VendorManager.Domain.Tests.Agencies;

public sealed class AgencyLifecycleTests
{
    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(AgencyStatus From, AgencyTrigger Trigger), AgencyStatus> Table = new()
    {
        [(AgencyStatus.Active, AgencyTrigger.Blacklist)] = AgencyStatus.Blacklisted,
        [(AgencyStatus.Blacklisted, AgencyTrigger.Reinstate)] = AgencyStatus.Active,
    };

    public static TheoryData<AgencyStatus, AgencyTrigger> EveryStateAndTrigger() => TransitionTable.EveryPair<AgencyStatus, AgencyTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(AgencyStatus from, AgencyTrigger trigger)
    {
        var agency = new Agency("浙江云帆文化传播有限公司", "91330102MA2H0002YG");
        if (from == AgencyStatus.Blacklisted)
        {
            Assert.True(agency.Blacklist("提供虚假材料", new DateOnly(2026, 3, 1)).Succeeded);
        }

        var offered = agency.Actions().Any(a => a.Trigger == trigger && a.CanFire);
        var pressed = trigger == AgencyTrigger.Blacklist ? agency.Blacklist("再次违规", new DateOnly(2026, 4, 1)) : agency.Reinstate();

        TransitionTable.Judge(Table, (from, trigger), offered, pressed, agency.Status,
            trigger == AgencyTrigger.Blacklist ? AgencyRefusals.AlreadyBlacklisted : AgencyRefusals.NotBlacklisted);
    }

    [Fact]
    public void A_refused_second_blacklisting_keeps_the_first_reason_and_date_and_raises_nothing()
    {
        var agency = new Agency("浙江云帆文化传播有限公司", "91330102MA2H0002YG");
        agency.Blacklist("提供虚假材料", new DateOnly(2026, 3, 1));
        agency.TakeDomainEvents();

        agency.Blacklist("再次违规", new DateOnly(2026, 4, 1));

        Assert.Equal(("提供虚假材料", new DateOnly(2026, 3, 1), 0), (agency.BlacklistReason, agency.BlacklistedOn, agency.TakeDomainEvents().Count));
    }
}

public sealed class QualificationLifecycleTests
{
    private static readonly QualificationDetails Details = new(
        QualificationKind.NewsServiceLicence, "35120190001", "国家互联网信息办公室", ServiceScopes.Editorial,
        new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31));

    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(QualificationReviewStatus From, QualificationTrigger Trigger), QualificationReviewStatus> Table = new()
    {
        [(QualificationReviewStatus.Pending, QualificationTrigger.Verify)] = QualificationReviewStatus.Verified,
        [(QualificationReviewStatus.Pending, QualificationTrigger.Reject)] = QualificationReviewStatus.Rejected,
        [(QualificationReviewStatus.Pending, QualificationTrigger.Amend)] = QualificationReviewStatus.Pending,
        [(QualificationReviewStatus.Verified, QualificationTrigger.Reject)] = QualificationReviewStatus.Rejected,
        [(QualificationReviewStatus.Verified, QualificationTrigger.Amend)] = QualificationReviewStatus.Pending,
        [(QualificationReviewStatus.Rejected, QualificationTrigger.Amend)] = QualificationReviewStatus.Pending,
    };

    public static TheoryData<QualificationReviewStatus, QualificationTrigger> EveryStateAndTrigger() =>
        TransitionTable.EveryPair<QualificationReviewStatus, QualificationTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(QualificationReviewStatus from, QualificationTrigger trigger)
    {
        var qualification = new Qualification(1, Details);
        if (from != QualificationReviewStatus.Pending)
        {
            Assert.True(qualification.Review(from, "审核意见", "采购", DateTimeOffset.UnixEpoch).Succeeded);
        }

        var offered = qualification.Actions().Any(a => a.Trigger == trigger && a.CanFire);
        var reviews = qualification.Reviews.Count;
        RuleResult pressed = trigger switch
        {
            QualificationTrigger.Verify => qualification.Review(QualificationReviewStatus.Verified, null, "采购", DateTimeOffset.UnixEpoch),
            QualificationTrigger.Reject => qualification.Review(QualificationReviewStatus.Rejected, "许可证已被吊销", "采购", DateTimeOffset.UnixEpoch),
            _ => Amend(qualification),
        };

        TransitionTable.Judge(Table, (from, trigger), offered, pressed, qualification.ReviewStatus, AgencyRefusals.AlreadyReviewed);
        if (!pressed.Succeeded)
        {
            Assert.Equal(reviews, qualification.Reviews.Count);
        }
    }

    private static RuleResult Amend(Qualification qualification)
    {
        qualification.Update(Details with { Number = "35120190002" });
        return RuleResult.Ok();
    }
}
