using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Features.Staff;
using VendorManager.Web.Tests.Features.Supervision;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.DataExchange;

/// <summary>The list pages' exports through <see cref="ListExport"/>: the list's own query, filter and scope; Chinese headers; masked personal data.</summary>
public sealed class ListExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TableFormat.Xlsx)]
    [InlineData(TableFormat.Csv)]
    public async Task A_rectification_export_holds_the_users_units_items_under_the_pages_filter_with_Chinese_headers(TableFormat format)
    {
        await using var app = await TestApp.CreateAsync();
        var world = await SupervisionWorld.CreateAsync(app);
        await world.FindingOnUnit1Async(ProblemCategory.LaxReview);
        var inspection = await world.AsAsync(SupervisionWorld.Supervisor, (InspectionService s) => s.CreateAsync(
            new InspectionForm { InspectedOn = new DateTime(2026, 11, 26), Inspectors = "张伟", AccountIds = [world.Account2] }, Ct));
        var found = await world.AsAsync(SupervisionWorld.Supervisor, (InspectionService s) => s.AddFindingAsync(inspection.Value, new FindingForm
        {
            AccountId = world.Account2, Category = ProblemCategory.PoorMaintenance, Severity = FindingSeverity.Minor,
            Description = "连续 30 天未更新", Evidence = "截图",
        }, Ct));
        Assert.True(found.Succeeded, found.Describe());

        var unit2 = await RowsAsync(world.App, world.Unit2User, (SupervisionExport e) => e.RectificationsAsync(new RectificationFilter(), format, Ct));
        var county = await RowsAsync(world.App, SupervisionWorld.Supervisor, (SupervisionExport e) => e.RectificationsAsync(new RectificationFilter(), format, Ct));
        var filtered = await RowsAsync(world.App, SupervisionWorld.Supervisor,
            (SupervisionExport e) => e.RectificationsAsync(new RectificationFilter(Category: ProblemCategory.LaxReview), format, Ct));

        Assert.Equal(["主办单位", "账号", "问题类别", "严重程度", "发现日期", "整改期限", "状态"], unit2[0]);
        // A host unit's file holds its own unit's items only, as its list does.
        Assert.Equal(["青山发布"], unit2.Skip(1).Select(r => r[1]));
        Assert.Equal(["城关发布", "青山发布"], county.Skip(1).Select(r => r[1]).Order());
        var only = Assert.Single(filtered.Skip(1));
        Assert.Equal(("城关发布", "审核把关不严"), (only[1], only[2]));
    }

    [Fact]
    public async Task The_background_check_queue_export_shows_the_ID_number_masked()
    {
        await using var app = await TestApp.CreateAsync();
        var (agency, _) = await StaffTestData.SeedAgenciesAsync(app);
        var person = await StaffTestData.AddAsync(app, agency.Id, StaffTestData.NewPerson("张三", 1));
        await using (var scope = app.ScopeFor(TestUsers.Agency(agency.Id)))
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<BackgroundCheckService>().RequestAsync(person, Ct)).Succeeded);
        }

        var rows = await RowsAsync(app, TestUsers.Principal(Roles.Procurement), (BackgroundCheckExport e) => e.QueueAsync(null, TableFormat.Csv, Ct));

        Assert.Equal(["姓名", "代运营机构", "岗位", "身份证号码", "申请时间", "申请人"], rows[0]);
        var line = Assert.Single(rows.Skip(1));
        Assert.Equal(("张三", "330102********" + StaffTestData.IdNumber(1)[14..]), (line[0], line[3]));
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Contains(StaffTestData.IdNumber(1), StringComparison.Ordinal));
    }

    private static async Task<List<List<string>>> RowsAsync<TExport>(TestApp app, ClaimsPrincipal user, Func<TExport, Task<Result<ExportFile>>> export)
        where TExport : notnull
    {
        await using var scope = app.ScopeFor(user);
        var result = await export(scope.ServiceProvider.GetRequiredService<TExport>());
        Assert.True(result.Succeeded, result.Describe());
        var file = result.Value!;
        var (table, _) = TableFile.Read(new MemoryStream(file.Content), TableFile.FormatOf(file.FileName)!.Value, 1000);
        return [table!.Headers.ToList(), .. table.Rows.Select(r => r.Cells.ToList())];
    }
}
