using Bunit;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Audit;

public sealed class AuditLogTests
{
    [Fact]
    public async Task The_Auditor_sees_the_changes_in_Chinese_and_a_tampered_entry_named_with_its_sequence_and_reason()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Auditor);
        var unitId = await AuditTestData.AddUnitAsync(test.CreateDbContext, TestUsers.Supervisor, "城关镇", "CG");
        await AuditTestData.RenameUnitAsync(test.CreateDbContext, TestUsers.Supervisor, unitId, "城关镇人民政府");
        test.RenderProviders();

        var page = test.Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=audit-row-action]").Count));
        Assert.Equal(["修改", "新增"], page.FindAll("[data-testid=audit-row-action]").Select(a => a.TextContent.Trim()));
        Assert.Equal("2026-11-27 10:00", page.Find("[data-testid=audit-row-time]").TextContent);
        Assert.Contains("主办单位", page.Markup, StringComparison.Ordinal);

        page.Find("[data-testid=audit-verify]").Click();
        page.WaitForAssertion(() => Assert.Contains(
            "审计日志完整：共校验 2 条记录", page.Find("[data-testid=audit-verdict]").TextContent, StringComparison.Ordinal));

        await AuditTestData.TamperAsync(test.CreateDbContext, """UPDATE "AuditEntries" SET "UserName" = 'x' WHERE "Sequence" = 2""");
        page.Find("[data-testid=audit-verify]").Click();
        page.WaitForAssertion(() =>
        {
            var verdict = page.Find("[data-testid=audit-verdict]");
            Assert.Equal("false", verdict.GetAttribute("data-intact"));
            Assert.Contains("自第 2 条起链条断裂（内容被篡改）", verdict.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task An_empty_log_says_there_are_no_records()
    {
        await using var test = await ComponentTest.CreateAsync(TestUsers.Auditor);
        test.RenderProviders();

        var page = test.Render<AuditLog>();

        page.WaitForAssertion(() => Assert.Equal("暂无记录", page.Find("[data-testid=audit-empty]").TextContent));
    }
}
