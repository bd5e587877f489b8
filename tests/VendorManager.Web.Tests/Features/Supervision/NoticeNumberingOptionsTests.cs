using VendorManager.Web.Tests.Features.Api;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Supervision;

/// <summary>A document-number prefix that cannot be stored stops the app at start, not the first notice issued.</summary>
public sealed class NoticeNumberingOptionsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("示范县人民政府办公室关于政务新媒体代运营管理工作情况的通报文件正式版本")]
    public void A_prefix_that_is_empty_or_too_long_stops_the_app_at_start(string prefix)
    {
        var failure = StartupValidation.FailureOf(new Dictionary<string, string?> { ["Organization:NoticeNumberPrefix"] = prefix });

        Assert.NotNull(failure);
        Assert.Contains("Organization:NoticeNumberPrefix", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_configured_prefix_starts()
    {
        await using var factory = ApiFixture.Create(new Dictionary<string, string?> { ["Organization:NoticeNumberPrefix"] = "示范政办通" });

        using var client = factory.CreateClient();

        Assert.NotNull(client);
    }
}
