using VendorManager.Web.Tests.Features.Api;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Settlements;

/// <summary>DOMAIN.md "Finance controls": a deployment may make the two-person rule stricter, never looser.</summary>
public sealed class FinanceOptionsTests
{
    [Theory]
    [InlineData("None")]
    [InlineData("Off")]
    [InlineData("-1")]
    public void A_setting_that_would_let_the_approver_pay_stops_the_app_at_start(string value)
    {
        var failure = StartupValidation.FailureOf(new Dictionary<string, string?> { ["Finance:PaymentSeparation"] = value });

        Assert.NotNull(failure);
        Assert.Contains("Finance:PaymentSeparation", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stricter_setting_starts()
    {
        await using var factory = ApiFixture.Create(new Dictionary<string, string?> { ["Finance:PaymentSeparation"] = "FromApproverAndPreparer" });

        using var client = factory.CreateClient();

        Assert.NotNull(client);
    }
}
