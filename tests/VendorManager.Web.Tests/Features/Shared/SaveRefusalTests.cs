using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.HostUnits;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.HostUnits;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Tests.Features.Settlements;
using VendorManager.Web.Tests.Infrastructure;
using VendorManager.Web.Tests.Features.Accounts;

namespace VendorManager.Web.Tests.Features.Shared;

/// <summary>A database held by another writer: the edit is refused in words, nothing is lost, saving again works.</summary>
public sealed class SaveRefusalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_edit_while_another_writer_holds_the_database_is_refused_as_busy_and_succeeds_when_saved_again()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        int id;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var unit = new HostUnit("城关镇", HostUnitKind.Town, "CG");
            db.HostUnits.Add(unit);
            await db.SaveChangesAsync(Ct);
            id = unit.Id;
        }

        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        var service = scope.ServiceProvider.GetRequiredService<HostUnitService>();
        var form = (await service.GetAsync(id, Ct)).Value!;
        form.Name = "城关镇人民政府";

        await using (var holder = await HoldWriteLockAsync(app, id))
        {
            var refused = await service.UpdateAsync(id, form, Ct);

            Assert.Equal(Busy, refused.Error);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal("城关镇", (await db.HostUnits.SingleAsync(u => u.Id == id, Ct)).Name);
        }

        var saved = await service.UpdateAsync(id, form, Ct);

        Assert.True(saved.Succeeded, saved.Describe());
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            Assert.Equal("城关镇人民政府", (await db.HostUnits.SingleAsync(u => u.Id == id, Ct)).Name);
        }
    }

    private const string Busy = DatabaseLock.BusyMessage;

    private static Dictionary<string, string?> ShortTimeout => new() { ["Database:CommandTimeoutSeconds"] = "1" };

    [Fact]
    public async Task A_new_holiday_while_another_writer_holds_the_calendar_is_refused_as_busy_and_saved_when_tried_again()
    {
        await using var app = await TestApp.CreateAsync(ShortTimeout);
        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        var service = scope.ServiceProvider.GetRequiredService<CalendarService>();
        var form = new CalendarDayForm { Date = new DateOnly(2027, 1, 4), Kind = CalendarDayKind.Holiday, Note = "元旦调休" };

        await using (await HoldTableAsync(app, "CalendarDays"))
        {
            Assert.Equal(Busy, (await service.AddAsync(form, Ct)).Error);
        }

        Assert.Empty(await service.ListAsync(2027, Ct));
        var saved = await service.AddAsync(form, Ct);
        Assert.True(saved.Succeeded, saved.Describe());
    }

    [Fact]
    public async Task Approving_a_settlement_while_another_writer_holds_the_ledger_is_refused_as_busy_and_approved_when_tried_again()
    {
        await using var app = await TestApp.CreateAsync(ShortTimeout);
        var world = await SettlementWorld.SeedAsync(app);
        var contract = await world.ActiveContractAsync(app, "HT-BUSY");
        await world.FinalEvaluationAsync(app, contract, SettlementWorld.October, 95m);
        await using (var system = app.SystemScope())
        {
            Assert.Equal(1, (await system.ServiceProvider.GetRequiredService<SettlementGenerator>().RunAsync(SettlementWorld.October, Ct)).Created);
        }

        await using var scope = app.ScopeFor(TestUsers.Principal(Roles.Finance));
        var service = scope.ServiceProvider.GetRequiredService<SettlementService>();
        var row = (await service.ListAsync(new SettlementFilter(), new(0, 10), Ct)).Items.Single();

        await using (await HoldTableAsync(app, "Settlements"))
        {
            Assert.Equal(Busy, (await service.ApproveAsync(row.Id, row.Version, Ct)).Error);
        }

        Assert.Equal(Domain.Settlements.SettlementStatus.Calculated, (await service.GetAsync(row.Id, Ct)).Value!.Status);
        var approved = await service.ApproveAsync(row.Id, row.Version, Ct);
        Assert.True(approved.Succeeded, approved.Describe());
    }

    [Fact]
    public async Task Filing_an_opening_while_another_writer_holds_the_accounts_is_refused_as_busy_and_filed_when_tried_again()
    {
        await using var app = await TestApp.CreateAsync(ShortTimeout);
        var (unit1, _) = await Accounts.AccountsTestData.UnitsAsync(app);
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unit1));
        var service = scope.ServiceProvider.GetRequiredService<Web.Features.Accounts.FilingService>();
        var form = new Web.Features.Accounts.OpeningForm
        {
            Platform = Domain.Accounts.Platform.Douyin, Name = "城关发布", Operator = Domain.Accounts.AccountOperator.UnitItself,
        };

        await using (await HoldTableAsync(app, "Accounts"))
        {
            Assert.Equal(Busy, (await service.FileOpeningAsync(form, FilingPaperUploads.Complete(VendorManager.Domain.Accounts.FilingKind.Opening), Ct)).Error);
        }

        Assert.Empty((await service.ListAsync(null, new(0, 10), Ct)).Items);
        var filed = await service.FileOpeningAsync(form, FilingPaperUploads.Complete(VendorManager.Domain.Accounts.FilingKind.Opening), Ct);
        Assert.True(filed.Succeeded, filed.Describe());
    }

    /// <summary>Another connection holds writes off a table (SQLite: the whole file) and keeps them off until disposed; reads go on.</summary>
    [Fact]
    public async Task A_new_notice_while_another_writer_holds_the_notices_is_refused_as_busy_and_saved_when_tried_again()
    {
        await using var app = await TestApp.CreateAsync(ShortTimeout);
        int unitId;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var unit = new HostUnit("城关镇", HostUnitKind.Town, "CG");
            db.HostUnits.Add(unit);
            await db.SaveChangesAsync(Ct);
            unitId = unit.Id;
        }

        await using var scope = app.ScopeFor(TestUsers.Supervisor);
        var service = scope.ServiceProvider.GetRequiredService<NoticeService>();
        var form = new NoticeForm
        {
            Title = "关于政务新媒体检查情况的通报", PeriodFrom = new DateTime(2026, 10, 1), PeriodTo = new DateTime(2026, 11, 27),
            Entries = [new NoticeEntryForm { Party = Domain.Supervision.PartyKind.HostUnit, HostUnitId = unitId, Named = "城关镇", Reasons = "整改逾期" }],
        };

        await using (await HoldTableAsync(app, "PublicNotices"))
        {
            Assert.Equal(Busy, (await service.CreateAsync(form, Ct)).Error);
        }

        Assert.Empty((await service.ListAsync(new(0, 10), Ct)).Items);
        var saved = await service.CreateAsync(form, Ct);
        Assert.True(saved.Succeeded, saved.Describe());
    }

    private static Task<DbConnection> HoldTableAsync(TestApp app, string table) => DatabaseLock.HoldTableAsync(app.Database, table);

    /// <summary>Another connection takes the write lock (SQLite: the whole file; PostgreSQL: the unit's row) and keeps it until disposed.</summary>
    private static Task<DbConnection> HoldWriteLockAsync(TestApp app, int unitId) =>
        DatabaseLock.HoldAsync(app.Database, $"BEGIN; SELECT 1 FROM \"HostUnits\" WHERE \"Id\" = {unitId} FOR UPDATE");
}
