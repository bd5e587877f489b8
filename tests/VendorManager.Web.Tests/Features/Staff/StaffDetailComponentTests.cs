using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Security.PersonalData;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Staff;

public sealed class StaffDetailComponentTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static async Task<int> SeedPersonAsync(ComponentTest test, string idNumber)
    {
        var protector = test.Services.GetRequiredService<PersonalDataProtector>();
        await using var db = test.CreateDbContext(UserScope.System);
        var agency = new Agency("甲传媒有限公司", "91330100MA2H0001XF");
        var unit = new HostUnit("城关镇人民政府", HostUnitKind.Town, "TOWN-CG");
        db.AddRange(agency, unit);
        await db.SaveChangesAsync(Ct);

        var id = ResidentIdNumber.Parse(idNumber, new DateOnly(2026, 11, 27));
        var mobile = MobileNumber.Parse("13812345678");
        var person = new StaffMember(
            agency.Id, "张三", StaffPost.Editor, id, mobile,
            new EncryptedPersonalInformation(protector.Protect(id.Value), protector.LookupHash(id.Value), protector.Protect(mobile.Value)),
            new PurposeAcknowledgement(test.Clock.GetUtcNow(), "agency", StaffService.PurposeNoticeVersion));
        db.StaffMembers.Add(person);
        await db.SaveChangesAsync(Ct);

        // A host unit sees the people proposed on its contracts once submitted; how it got there is the contract tests' concern.
        var contract = Contract.Draft(unit.Id, agency.Id, new ContractTerms(
            "HT-1", ProcurementMethod.PublicTender, new(2027, 1, 1), new(2027, 12, 31), new Money(1000m), null, null, null, null),
            "unit1", test.Clock.GetUtcNow()).Value!;
        Assert.True(contract.Assign(person, StaffPost.Editor, new DateOnly(2026, 11, 27)).Succeeded);
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(Ct);
        await db.Contracts.Where(c => c.Id == contract.Id).ExecuteUpdateAsync(c => c.SetProperty(x => x.State, ContractState.UnderReview), Ct);
        return person.Id;
    }

    private static async Task<(ComponentTest Test, IRenderedComponent<StaffDetailPage> Page)> RenderAsync(ClaimsPrincipal user, string idNumber)
    {
        var test = await ComponentTest.CreateAsync(user);
        var id = await SeedPersonAsync(test, idNumber);
        test.Render<MudPopoverProvider>();
        var page = test.Render<StaffDetailPage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=staff-detail-idnumber]");
        return (test, page);
    }

    [Fact]
    public async Task Procurement_sees_the_masked_ID_and_the_full_one_only_after_pressing_show()
    {
        var idNumber = StaffTestData.IdNumber(42);
        var (test, page) = await RenderAsync(TestUsers.Principal(Roles.Procurement), idNumber);
        await using var _ = test;

        Assert.Equal("330102********" + idNumber[14..], page.Find("[data-testid=staff-detail-idnumber]").TextContent.Trim());
        Assert.DoesNotContain(idNumber, page.Markup, StringComparison.Ordinal);

        page.Find("[data-testid=staff-reveal-idnumber]").Click();

        page.WaitForAssertion(() => Assert.Equal(idNumber, page.Find("[data-testid=staff-detail-idnumber]").TextContent.Trim()));
        await using var db = test.CreateDbContext(UserScope.System);
        Assert.Equal(1, await db.PersonalDataReveals.CountAsync(Ct));
    }

    [Fact]
    public async Task A_host_unit_user_sees_the_masked_numbers_without_a_show_button()
    {
        var idNumber = StaffTestData.IdNumber(43);
        var (test, page) = await RenderAsync(TestUsers.HostUnit(1), idNumber);
        await using var _ = test;

        Assert.Equal("138****5678", page.Find("[data-testid=staff-detail-mobile]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=staff-reveal-idnumber]"));
        Assert.Empty(page.FindAll("[data-testid=staff-reveal-mobile]"));
        Assert.DoesNotContain(idNumber, page.Markup, StringComparison.Ordinal);
    }
}
