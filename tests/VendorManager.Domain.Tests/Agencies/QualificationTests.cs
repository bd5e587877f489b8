using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.Agencies;

public sealed class QualificationTests
{
    private static readonly QualificationDetails Details = new(
        QualificationKind.NewsServiceLicence, "35120190001", "国家互联网信息办公室", ServiceScopes.Editorial,
        new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31));

    [Fact]
    public void A_new_qualification_waits_for_review()
    {
        Assert.Equal(QualificationReviewStatus.Pending, new Qualification(1, Details).ReviewStatus);
    }

    [Fact]
    public void A_review_records_verdict_remark_reviewer_and_time()
    {
        var qualification = new Qualification(1, Details);
        var at = new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

        qualification.Review(QualificationReviewStatus.Verified, "与原件一致", "县采购办 陈静", at);

        Assert.Equal(QualificationReviewStatus.Verified, qualification.ReviewStatus);
        var review = Assert.Single(qualification.Reviews);
        Assert.Equal((QualificationReviewStatus.Verified, "与原件一致", "县采购办 陈静", at, 1),
            (review.Status, review.Remark, review.ReviewerName, review.ReviewedAt, review.AgencyId));
    }

    [Fact]
    public void Editing_a_verified_qualification_sends_it_back_to_pending()
    {
        var qualification = new Qualification(1, Details);
        qualification.Review(QualificationReviewStatus.Verified, null, "采购", DateTimeOffset.UnixEpoch);

        qualification.Update(Details with { ValidTo = new DateOnly(2028, 12, 31) });

        Assert.Equal(QualificationReviewStatus.Pending, qualification.ReviewStatus);
        Assert.Single(qualification.Reviews);
    }

    [Fact]
    public void Saving_unchanged_details_keeps_the_verification()
    {
        var qualification = new Qualification(1, Details);
        qualification.Review(QualificationReviewStatus.Verified, null, "采购", DateTimeOffset.UnixEpoch);

        qualification.Update(Details);

        Assert.Equal(QualificationReviewStatus.Verified, qualification.ReviewStatus);
    }

    [Fact]
    public void A_new_scan_sends_a_verified_qualification_back_to_pending()
    {
        var qualification = new Qualification(1, Details);
        qualification.Review(QualificationReviewStatus.Verified, null, "采购", DateTimeOffset.UnixEpoch);

        qualification.AttachFile(new StoredFile("a.pdf", "application/pdf", 100, "许可证.pdf"));

        Assert.Equal(QualificationReviewStatus.Pending, qualification.ReviewStatus);
        Assert.True(qualification.HasFile);
    }

    [Fact]
    public void A_qualification_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new Qualification(1, Details with { ValidTo = Details.ValidFrom.AddDays(-1) }));
    }

    [Fact]
    public void A_rejection_needs_a_remark()
    {
        var qualification = new Qualification(1, Details);

        Assert.Throws<ArgumentException>(() => qualification.Review(QualificationReviewStatus.Rejected, " ", "采购", DateTimeOffset.UnixEpoch));
        Assert.Equal(QualificationReviewStatus.Pending, qualification.ReviewStatus);
    }
}
