using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence;
using VendorManager.Persistence.Auditing;
using VendorManager.Persistence.Bulk;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Features.Accounts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Data;

/// <summary>
/// The bulk insert beside SaveChanges (settlement generation, imports) keeps what a save guarantees:
/// keys, one chained audit entry per record, the data-scope guard, all or nothing. Runs on the suite's
/// provider (SQLite, and PostgreSQL in test.sh).
/// </summary>
public sealed class BulkInsertTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bulk_inserted_records_get_their_keys_and_one_chained_audit_entry_each_with_the_real_key()
    {
        await using var app = await TestApp.CreateAsync();
        var units = Enumerable.Range(1, 3).Select(n => new HostUnit($"镇{n}", HostUnitKind.Town, $"B{n}")).ToList();
        long before;
        await using (var db = app.CreateDbContext(TestUsers.ScopeOf(TestUsers.Supervisor)))
        {
            before = await db.AuditEntries.CountAsync(Ct);
            await db.BulkInsertAsync(units, Ct);
        }

        Assert.All(units, u => Assert.True(u.Id > 0));
        Assert.Equal(3, units.Select(u => u.Id).Distinct().Count());
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var stored = await db.HostUnits.Where(u => u.Code.StartsWith("B")).OrderBy(u => u.Id).ToListAsync(Ct);
            Assert.Equal(units.Select(u => (u.Id, u.Name, u.Version)), stored.Select(u => (u.Id, u.Name, u.Version)));

            var log = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(Ct);
            Assert.True(app.Services.GetRequiredService<AuditSeal>().NewVerifier().CheckAll(log).IsIntact);
            var added = log.Skip((int)before).ToList();
            Assert.Equal(units.Select(u => u.Id.ToString(CultureInfo.InvariantCulture)), added.Select(e => e.EntityKey));
            Assert.All(added, e => Assert.Equal((nameof(HostUnit), AuditAction.Insert, "supervisor"), (e.EntityType, e.Action, e.UserName)));
            var fields = added[0].ReadChanges().ToDictionary(c => c.Field, c => c.New);
            Assert.Equal(units[0].Id.ToString(CultureInfo.InvariantCulture), fields[nameof(HostUnit.Id)]);
            Assert.Equal("镇1", fields[nameof(HostUnit.Name)]);
            Assert.Equal("Town", fields[nameof(HostUnit.Kind)]);
        }
    }

    [Fact]
    public async Task A_save_after_a_bulk_insert_chains_its_audit_entry_to_the_bulk_ones()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var db = app.CreateDbContext(TestUsers.ScopeOf(TestUsers.Supervisor)))
        {
            await db.BulkInsertAsync([new HostUnit("青山镇", HostUnitKind.Town, "QS")], Ct);
            var unit = await db.HostUnits.SingleAsync(u => u.Code == "QS", Ct);
            unit.Update("青山镇人民政府", HostUnitKind.Town, "QS");
            await db.SaveChangesAsync(Ct);
            Assert.Equal(1, unit.Version);
        }

        await using var check = app.CreateDbContext(UserScope.System);
        var log = await check.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(Ct);
        Assert.True(app.Services.GetRequiredService<AuditSeal>().NewVerifier().CheckAll(log).IsIntact);
        Assert.Equal([AuditAction.Insert, AuditAction.Update], log.TakeLast(2).Select(e => e.Action));
    }

    [Fact]
    public async Task A_record_outside_the_users_scope_is_refused_and_nothing_of_the_batch_is_kept()
    {
        await using var app = await TestApp.CreateAsync();
        var (own, other) = await AccountsTestData.UnitsAsync(app);
        var user = TestUsers.HostUnit(own);
        var now = app.Clock.GetUtcNow();
        Account Opening(int unit, string name) =>
            Account.FileOpening(unit, Platform.WeChatOfficialAccount, name, AccountOperator.UnitItself, null, [], "unit", now).Value!;

        var accounts = new[] { Opening(own, "本镇发布"), Opening(other, "别镇发布") };
        long before;
        await using (var db = app.CreateDbContext(TestUsers.ScopeOf(user)))
        {
            before = await db.AuditEntries.IgnoreQueryFilters().CountAsync(Ct);
            await Assert.ThrowsAsync<DataScopeViolationException>(() => db.BulkInsertAsync(accounts, Ct));
        }

        await using var check = app.CreateDbContext(UserScope.System);
        Assert.Equal(0, await check.Accounts.CountAsync(Ct));
        Assert.Equal(0, await check.Filings.CountAsync(Ct));
        Assert.Equal(before, await check.AuditEntries.CountAsync(Ct));
    }

    [Fact]
    public async Task An_account_brings_its_opening_filing_with_the_accounts_key_and_both_are_audited()
    {
        await using var app = await TestApp.CreateAsync();
        var (own, _) = await AccountsTestData.UnitsAsync(app);
        var account = Account.FileOpening(own, Platform.WeChatOfficialAccount, "本镇发布", AccountOperator.UnitItself, null, [], "unit", app.Clock.GetUtcNow()).Value!;
        await using (var db = app.CreateDbContext(TestUsers.ScopeOf(TestUsers.HostUnit(own))))
        {
            await db.BulkInsertAsync([account], Ct);
        }

        await using var check = app.CreateDbContext(UserScope.System);
        var filing = await check.Filings.SingleAsync(Ct);
        Assert.Equal(account.Id, filing.AccountId);
        var added = await check.AuditEntries.OrderBy(e => e.Sequence).Where(e => e.EntityType == nameof(Account) || e.EntityType == nameof(Filing)).ToListAsync(Ct);
        Assert.Equal(
            [(nameof(Account), account.Id.ToString(CultureInfo.InvariantCulture)), (nameof(Filing), filing.Id.ToString(CultureInfo.InvariantCulture))],
            added.Select(e => (e.EntityType, e.EntityKey)));
    }

    [Fact]
    public async Task A_published_post_split_over_two_tables_is_written_to_both_under_one_key_with_its_hits()
    {
        await using var app = await TestApp.CreateAsync(configureServices: FixedWordList.Register);
        var world = await Features.Posts.PostWorld.SeedAsync(app);
        var texts = new[] { "第一篇" + FixedWordList.SecrecyMarking + "。", "第二篇，没有命中。" };
        List<Domain.Posts.PublishedPost> posts;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var contract = await db.Contracts.Include(c => c.Accounts).SingleAsync(c => c.Id == world.ContractId, Ct);
            posts = [.. texts.Select((text, n) => Domain.Posts.PublishedPost.Found(
                contract, contract.AccountIds.First(),
                new Domain.Posts.Publication("标题" + n, "https://mp.weixin.qq.com/s/bulk-" + n, app.Clock.GetUtcNow().AddHours(-1), text),
                Domain.Posts.PublicationSource.Imported, [], FixedWordList.Check, FixedWordList.Version, "agency1", app.Clock.GetUtcNow()).Value!)];
            await db.BulkInsertAsync(posts, Ct);
        }

        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var stored = await db.PublishedPosts.AsNoTracking().Include(p => p.Hits).OrderBy(p => p.Id).ToListAsync(Ct);
            Assert.Equal(posts.Select(p => (p.Id, p.Text, p.Hits.Count)), stored.Select(p => (p.Id, p.Text, p.Hits.Count)));
            Assert.Equal([FixedWordList.SecrecyMarking], stored[0].Hits.Select(h => h.Found));
        }
    }

    [Fact]
    public async Task A_failure_midway_keeps_none_of_the_records_nor_their_audit_entries()
    {
        await using var app = await TestApp.CreateAsync();
        long before;
        await using (var db = app.CreateDbContext(TestUsers.ScopeOf(TestUsers.Supervisor)))
        {
            before = await db.AuditEntries.CountAsync(Ct);
            // The third repeats the first's code: the unique index refuses it after two rows went in.
            var units = new[] { new HostUnit("甲镇", HostUnitKind.Town, "D1"), new HostUnit("乙镇", HostUnitKind.Town, "D2"), new HostUnit("丙镇", HostUnitKind.Town, "D1") };
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.BulkInsertAsync(units, Ct));
            Assert.True(failure.IsUniqueViolation());
        }

        await using var check = app.CreateDbContext(UserScope.System);
        Assert.Equal(0, await check.HostUnits.CountAsync(u => u.Code.StartsWith("D"), Ct));
        Assert.Equal(before, await check.AuditEntries.CountAsync(Ct));
    }

    [Fact]
    public async Task Inside_the_callers_transaction_a_rollback_takes_the_bulk_records_back_too()
    {
        await using var app = await TestApp.CreateAsync();
        await using (var db = app.CreateDbContext(TestUsers.ScopeOf(TestUsers.Supervisor)))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await db.BulkInsertAsync([new HostUnit("甲镇", HostUnitKind.Town, "T1")], Ct);
            Assert.Equal(1, await db.HostUnits.CountAsync(u => u.Code == "T1", Ct));
            await transaction.RollbackAsync(Ct);
        }

        await using var check = app.CreateDbContext(UserScope.System);
        Assert.Equal(0, await check.HostUnits.CountAsync(u => u.Code == "T1", Ct));
    }
}
