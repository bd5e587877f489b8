using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using static VendorManager.Domain.Tests.Supervision.SupervisionExamples;

namespace VendorManager.Domain.Tests.Supervision;

public sealed class InspectionTests
{
    [Fact]
    public void An_inspection_needs_inspectors_and_at_least_one_account_and_cannot_be_dated_tomorrow()
    {
        Assert.Equal(SupervisionRefusals.InspectorsRequired,
            Inspection.Record(Today, " ", [(Account1, Unit1)], null, Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.NoAccounts,
            Inspection.Record(Today, "张伟", [], null, Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.InspectedInFuture,
            Inspection.Record(Today.AddDays(1), "张伟", [(Account1, Unit1)], null, Supervisor, Now).Refusal);
        Assert.True(Inspection.Record(Today, "张伟", [(Account1, Unit1), (Account1, Unit1)], null, Supervisor, Now).Succeeded);
    }

    [Fact]
    public void A_finding_belongs_to_the_unit_of_its_account_and_is_dated_by_the_inspection()
    {
        var inspection = NewInspection();

        var found = inspection.AddFinding(Account3, ProblemCategory.OverEntertainment, FindingSeverity.Minor, "卖萌视频", null, null, Deadline, Supervisor, Now);

        Assert.True(found.Succeeded);
        Assert.Equal(Unit2, found.Value!.HostUnitId);
        Assert.Equal(Unit2, found.Value.Rectification.HostUnitId);
        Assert.Equal(Today.AddDays(-1), found.Value.FoundOn);
        Assert.Single(inspection.Findings);
    }

    [Fact]
    public void A_finding_is_refused_on_an_account_the_inspection_did_not_check_or_without_a_category_or_description()
    {
        var inspection = NewInspection();

        Assert.Equal(SupervisionRefusals.AccountNotInspected,
            inspection.AddFinding(99, ProblemCategory.LaxReview, FindingSeverity.Minor, "x", null, null, Deadline, Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.UnknownCategory,
            inspection.AddFinding(Account1, (ProblemCategory)9, FindingSeverity.Minor, "x", null, null, Deadline, Supervisor, Now).Refusal);
        Assert.Equal(SupervisionRefusals.DescriptionRequired,
            inspection.AddFinding(Account1, ProblemCategory.LaxReview, FindingSeverity.Minor, "", null, null, Deadline, Supervisor, Now).Refusal);
        Assert.Empty(inspection.Findings);
    }

    [Fact]
    public void There_are_exactly_the_eight_categories_of_the_notice_numbered_as_it_numbers_them()
    {
        Assert.Equal(8, ProblemCategories.All.Count);
        Assert.Equal("审核把关不严", ProblemCategory.LaxReview.ChineseName());
        Assert.Equal(4, (int)ProblemCategory.LaxReview);
        Assert.Equal("托管变脱管", ProblemCategory.UnsupervisedOutsourcing.ChineseName());
        Assert.Equal(8, (int)ProblemCategory.UnsupervisedOutsourcing);
    }
}
