using VendorManager.Domain.Posts;
using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.Tests.Posts;

public sealed class CheckCategoryTests
{
    [Theory]
    [InlineData(CheckCategory.SeriousMisstatement, ProblemCategory.LaxReview, FindingSeverity.Major)]
    [InlineData(CheckCategory.Misspelling, ProblemCategory.LowInformationQuality, FindingSeverity.Minor)]
    [InlineData(CheckCategory.SensitiveWord, ProblemCategory.LaxReview, FindingSeverity.Minor)]
    [InlineData(CheckCategory.AdvertisingTerm, ProblemCategory.UnclearPositioning, FindingSeverity.Minor)]
    [InlineData(CheckCategory.PersonalInformation, ProblemCategory.LaxReview, FindingSeverity.Major)]
    [InlineData(CheckCategory.SecrecyMarking, ProblemCategory.LaxReview, FindingSeverity.Major)]
    public void A_hit_in_a_published_post_becomes_a_finding_of_the_category_its_kind_of_error_belongs_to(
        CheckCategory hit, ProblemCategory problem, FindingSeverity severity)
    {
        Assert.Equal((problem, severity), (hit.Problem(), hit.Severity()));
    }
}
