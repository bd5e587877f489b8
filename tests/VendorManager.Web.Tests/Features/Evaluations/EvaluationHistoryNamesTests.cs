using Bunit;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Evaluations;

public sealed class EvaluationHistoryNamesTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_history_and_the_appeal_name_the_people_with_their_unit_or_agency_not_their_logins()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Supervisor);
        await DemoData.SeedAsync(test.Services, Ct);

        int appealed;
        await using (var db = test.CreateDbContext(UserScope.System))
        {
            appealed = await db.MonthlyEvaluations.Where(e => e.State == EvaluationState.Appealed).Select(e => e.Id).SingleAsync(Ct);
        }

        test.RenderProviders();
        var page = test.Render<EvaluationDetailPage>(p => p.Add(x => x.Id, appealed));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=evaluation-history]")));
        var history = page.Find("[data-testid=evaluation-history]").TextContent;
        Assert.Contains("李娜（城关镇人民政府）", history, StringComparison.Ordinal);
        Assert.Contains("王强（城关镇人民政府）", history, StringComparison.Ordinal);
        Assert.Contains("周强（杭州清风网络传媒有限公司）", history, StringComparison.Ordinal);
        Assert.DoesNotContain("unit1", history, StringComparison.Ordinal);
        Assert.DoesNotContain("agency1", history, StringComparison.Ordinal);
        Assert.Contains("周强（杭州清风网络传媒有限公司）", page.Find("[data-testid=evaluation-appeal]").TextContent, StringComparison.Ordinal);
        // The Supervisor is not given logins: those are for the Admin and the Auditor.
        Assert.Empty(page.FindAll("[data-testid=person-login]"));
    }
}
