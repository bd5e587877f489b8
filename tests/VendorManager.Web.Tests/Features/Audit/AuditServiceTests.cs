using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Audit;

public sealed class AuditServiceTests
{
    private static readonly PageRequest FirstPage = new(0, 50);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_list_shows_the_newest_change_first_with_its_time_in_China_Standard_Time()
    {
        await using var app = await TestApp.CreateAsync();
        var unitId = await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "城关镇", "CG");
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await AuditTestData.RenameUnitAsync(app.CreateDbContext, TestUsers.Supervisor, unitId, "城关镇人民政府");

        var rows = await ListAsync(app, new AuditFilter());

        Assert.Equal([2L, 1L], rows.Items.Select(r => r.Sequence));
        var newest = rows.Items[0];
        Assert.Equal(AuditAction.Update, newest.Action);
        Assert.Equal(ChinaTime.Offset, newest.OccurredAt.Offset);
        Assert.Equal(new DateTime(2026, 11, 27, 10, 5, 0), newest.OccurredAt.DateTime);
        Assert.Equal("单位名称：城关镇 → 城关镇人民政府", Assert.Single(newest.ChangeLines));
    }

    [Fact]
    public async Task Sorting_by_time_ascending_shows_the_oldest_change_first()
    {
        await using var app = await TestApp.CreateAsync();
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "城关镇", "CG");
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "青山镇", "QS");

        var rows = await ListAsync(app, new AuditFilter(), new PageRequest(0, 50, nameof(AuditRow.OccurredAt), Descending: false));

        Assert.Equal([1L, 2L], rows.Items.Select(r => r.Sequence));
    }

    [Fact]
    public async Task The_list_is_paged_on_the_server_and_reports_the_full_total()
    {
        await using var app = await TestApp.CreateAsync();
        for (var i = 1; i <= 7; i++)
        {
            await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, $"单位{i}", $"U{i}");
        }

        var second = await ListAsync(app, new AuditFilter(), new PageRequest(1, 3));

        Assert.Equal(7, second.TotalCount);
        Assert.Equal([4L, 3L, 2L], second.Items.Select(r => r.Sequence));
    }

    [Fact]
    public async Task The_entity_type_filter_matches_the_type_exactly()
    {
        await using var app = await TestApp.CreateAsync();
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "城关镇", "CG");
        await using (var db = app.CreateDbContext(TestUsers.ScopeOf(TestUsers.Supervisor)))
        {
            db.CalendarDays.Add(new Domain.Calendar.CalendarDay(new DateOnly(2026, 10, 1), Domain.Calendar.CalendarDayKind.Holiday, "国庆节"));
            await db.SaveChangesAsync(Ct);
        }

        var units = await ListAsync(app, new AuditFilter(EntityType: nameof(HostUnit)));
        var partial = await ListAsync(app, new AuditFilter(EntityType: "Host"));

        Assert.Equal(nameof(HostUnit), Assert.Single(units.Items).EntityType);
        Assert.Empty(partial.Items);
    }

    [Fact]
    public async Task The_user_filter_matches_part_of_the_user_name()
    {
        await using var app = await TestApp.CreateAsync();
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Principal(Roles.Supervisor, userName: "zhang.wei"), "城关镇", "CG");
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Principal(Roles.Supervisor, userName: "li.na"), "青山镇", "QS");

        var rows = await ListAsync(app, new AuditFilter(UserName: " zhang "));

        Assert.Equal("zhang.wei", Assert.Single(rows.Items).UserName);
    }

    [Fact]
    public async Task The_date_range_counts_whole_China_days_at_both_ends()
    {
        await using var app = await TestApp.CreateAsync();
        // 00:30 CST on the 28th is still the 27th in UTC: a filter on UTC days would put it on the wrong day.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 23, 30, 0, ChinaTime.Offset));
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "二十七日", "D27");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 0, 30, 0, ChinaTime.Offset));
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "二十八日", "D28");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 23, 59, 59, ChinaTime.Offset));
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "二十九日", "D29");

        var onlyThe28th = await ListAsync(app, new AuditFilter(From: new DateOnly(2026, 11, 28), To: new DateOnly(2026, 11, 28)));
        var from28th = await ListAsync(app, new AuditFilter(From: new DateOnly(2026, 11, 28)));
        var upTo27th = await ListAsync(app, new AuditFilter(To: new DateOnly(2026, 11, 27)));

        Assert.Equal([2L], onlyThe28th.Items.Select(r => r.Sequence));
        Assert.Equal([3L, 2L], from28th.Items.Select(r => r.Sequence));
        Assert.Equal([1L], upTo27th.Items.Select(r => r.Sequence));
    }

    [Fact]
    public async Task The_filter_offers_each_recorded_entity_type_once()
    {
        await using var app = await TestApp.CreateAsync();
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "城关镇", "CG");
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "青山镇", "QS");
        await using var scope = app.ScopeFor(TestUsers.Auditor);

        var types = await scope.ServiceProvider.GetRequiredService<AuditService>().EntityTypesAsync(Ct);

        Assert.True(types.Succeeded);
        Assert.Equal([new AuditEntityChoice(nameof(HostUnit), "主办单位")], types.Value);
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Procurement)]
    public async Task Only_the_Auditor_may_read_or_verify_the_log(string role)
    {
        await using var app = await TestApp.CreateAsync();
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "城关镇", "CG");
        await using var scope = app.ScopeFor(TestUsers.Principal(role));
        var audit = scope.ServiceProvider.GetRequiredService<AuditService>();

        var list = await audit.ListAsync(new AuditFilter(), FirstPage, Ct);
        var types = await audit.EntityTypesAsync(Ct);
        var verdict = await audit.VerifyAsync(Ct);

        Assert.Equal("您无权执行此操作。", list.Error);
        Assert.Null(list.Value);
        Assert.Equal("您无权执行此操作。", types.Error);
        Assert.Equal("您无权执行此操作。", verdict.Error);
    }

    [Fact]
    public async Task Verification_finds_the_log_of_ordinary_changes_intact_and_counts_every_entry()
    {
        await using var app = await TestApp.CreateAsync();
        var unitId = await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "城关镇", "CG");
        await AuditTestData.RenameUnitAsync(app.CreateDbContext, TestUsers.Supervisor, unitId, "城关镇人民政府");
        await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, "青山镇", "QS");

        var verdict = await VerifyAsync(app);

        Assert.True(verdict.IsIntact);
        Assert.Equal(3, verdict.Checked);
    }

    [Fact]
    public async Task Verification_finds_an_entry_edited_in_the_database_at_exactly_its_sequence()
    {
        await using var app = await TestApp.CreateAsync();
        for (var i = 1; i <= 3; i++)
        {
            await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, $"单位{i}", $"U{i}");
        }

        await AuditTestData.TamperAsync(app.CreateDbContext, """UPDATE "AuditEntries" SET "UserName" = 'x' WHERE "Sequence" = 2""");

        var verdict = await VerifyAsync(app);

        Assert.Equal(new AuditChainBreak(2, 2, AuditBreakReason.ContentsAltered), verdict.FirstBreak);
        Assert.Equal(1, verdict.Checked);
    }

    [Fact]
    public async Task Verification_finds_a_deleted_entry_as_a_gap_where_it_was()
    {
        await using var app = await TestApp.CreateAsync();
        for (var i = 1; i <= 3; i++)
        {
            await AuditTestData.AddUnitAsync(app.CreateDbContext, TestUsers.Supervisor, $"单位{i}", $"U{i}");
        }

        await AuditTestData.TamperAsync(app.CreateDbContext, """DELETE FROM "AuditEntries" WHERE "Sequence" = 2""");

        var verdict = await VerifyAsync(app);

        Assert.Equal(new AuditChainBreak(2, 3, AuditBreakReason.SequenceGap), verdict.FirstBreak);
    }

    [Fact]
    public async Task Verification_reads_the_log_in_pages_and_still_finds_a_break_beyond_the_first_page()
    {
        await using var app = await TestApp.CreateAsync();
        var entries = AuditService.VerifyPageSize + 50;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            for (var i = 0; i < entries; i++)
            {
                db.HostUnits.Add(new HostUnit($"单位{i}", HostUnitKind.Department, $"D{i}"));
            }

            await db.SaveChangesAsync(Ct);
        }

        var intact = await VerifyAsync(app);
        var tamperedAt = AuditService.VerifyPageSize + 20;
        await AuditTestData.TamperAsync(app.CreateDbContext, $"""UPDATE "AuditEntries" SET "EntityKey" = '0' WHERE "Sequence" = {tamperedAt}""");
        var broken = await VerifyAsync(app);

        Assert.True(intact.IsIntact);
        Assert.Equal(entries, intact.Checked);
        Assert.Equal(new AuditChainBreak(tamperedAt, tamperedAt, AuditBreakReason.ContentsAltered), broken.FirstBreak);
        Assert.Equal(tamperedAt - 1, broken.Checked);
    }

    private static async Task<PagedResult<AuditRow>> ListAsync(TestApp app, AuditFilter filter, PageRequest? page = null)
    {
        await using var scope = app.ScopeFor(TestUsers.Auditor);
        var result = await scope.ServiceProvider.GetRequiredService<AuditService>().ListAsync(filter, page ?? FirstPage, Ct);
        Assert.True(result.Succeeded, result.Describe());
        return result.Value!;
    }

    private static async Task<AuditVerdict> VerifyAsync(TestApp app)
    {
        await using var scope = app.ScopeFor(TestUsers.Auditor);
        var result = await scope.ServiceProvider.GetRequiredService<AuditService>().VerifyAsync(Ct);
        Assert.True(result.Succeeded, result.Describe());
        return result.Value!;
    }
}
