using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.ApiKeys;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.ApiKeys;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.ApiKeys;

public sealed class ApiKeyServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ApiKeyService Service(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ApiKeyService>();

    [Fact]
    public async Task A_new_key_is_shown_once_and_only_its_hash_is_stored_and_audited_masked()
    {
        await using var app = await TestApp.CreateAsync();
        await using var scope = app.ScopeFor(TestUsers.Admin);

        var issued = (await Service(scope).CreateAsync(new ApiKeyForm { ClientName = "财务核算系统", Role = Roles.Finance }, Ct)).Value!;

        Assert.StartsWith(ApiKey.SecretPrefix, issued.Secret, StringComparison.Ordinal);
        var row = Assert.Single((await Service(scope).ListAsync(Ct)).Items);
        Assert.Equal(issued.Secret[..ApiKey.PrefixLength], row.Prefix);
        await using var db = app.CreateDbContext(UserScope.System);
        var stored = await db.ApiKeys.SingleAsync(Ct);
        Assert.Equal(ApiKey.HashOf(issued.Secret), stored.KeyHash);
        Assert.DoesNotContain(issued.Secret, stored.KeyHash, StringComparison.Ordinal);
        var audit = await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(ApiKey), Ct);
        Assert.Equal("******", audit.ReadChanges().Single(c => c.Field == nameof(ApiKey.KeyHash)).New);
        Assert.Equal("admin", audit.UserName);
    }

    [Fact]
    public async Task Only_the_Admin_issues_and_revokes_keys()
    {
        await using var app = await TestApp.CreateAsync();
        int id;
        await using (var admin = app.ScopeFor(TestUsers.Admin))
        {
            id = (await Service(admin).CreateAsync(new ApiKeyForm { ClientName = "采购系统", Role = Roles.Procurement }, Ct)).Value!.Id;
        }

        await using var supervisor = app.ScopeFor(TestUsers.Supervisor);
        var create = await Service(supervisor).CreateAsync(new ApiKeyForm { ClientName = "某系统", Role = Roles.Supervisor }, Ct);
        var revoke = await Service(supervisor).RevokeAsync(id, 0, Ct);

        Refused.Because(create, Refused.Forbidden);
        Refused.Because(revoke, Refused.Forbidden);
    }

    [Theory]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Finance)]
    public async Task A_role_that_may_not_manage_keys_is_refused_the_list_not_shown_an_empty_one(string role)
    {
        await using var app = await TestApp.CreateAsync();
        await using (var admin = app.ScopeFor(TestUsers.Admin))
        {
            Assert.True((await Service(admin).CreateAsync(new ApiKeyForm { ClientName = "采购系统", Role = Roles.Procurement }, Ct)).Succeeded);
        }

        await using var scope = app.ScopeFor(TestUsers.Principal(role));
        var list = await Service(scope).ListAsync(Ct);

        Assert.True(list.Forbidden);
        Assert.Empty(list.Items);
    }

    [Fact]
    public async Task A_key_is_revoked_once_and_a_second_revocation_is_refused()
    {
        await using var app = await TestApp.CreateAsync();
        await using var scope = app.ScopeFor(TestUsers.Admin);
        var id = (await Service(scope).CreateAsync(new ApiKeyForm { ClientName = "采购系统", Role = Roles.Procurement }, Ct)).Value!.Id;
        Assert.Equal([ApiKeyTrigger.Revoke], Assert.Single((await Service(scope).ListAsync(Ct)).Items).Actions);

        var first = await Service(scope).RevokeAsync(id, 0, Ct);
        var second = await Service(scope).RevokeAsync(id, 1, Ct);

        Assert.True(first.Succeeded, first.Describe());
        Refused.Because(second, "该密钥已被吊销");
        var revoked = Assert.Single((await Service(scope).ListAsync(Ct)).Items);
        Assert.NotNull(revoked.RevokedAt);
        Assert.Empty(revoked.Actions);
    }

    [Fact]
    public async Task A_revocation_from_a_list_read_before_another_change_is_refused_as_stale_and_changes_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        await using var scope = app.ScopeFor(TestUsers.Admin);
        var id = (await Service(scope).CreateAsync(new ApiKeyForm { ClientName = "采购系统", Role = Roles.Procurement }, Ct)).Value!.Id;

        var stale = await Service(scope).RevokeAsync(id, version: 7, Ct);

        Refused.Because(stale, Refused.Stale);
        Assert.Null(Assert.Single((await Service(scope).ListAsync(Ct)).Items).RevokedAt);
    }

    [Fact]
    public async Task Issuing_and_revoking_while_another_writer_holds_the_database_are_refused_as_busy_and_lose_nothing()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        await using var scope = app.ScopeFor(TestUsers.Admin);
        var form = new ApiKeyForm { ClientName = "采购系统", Role = Roles.Procurement };
        var id = (await Service(scope).CreateAsync(form, Ct)).Value!.Id;

        await using (await DatabaseLock.HoldTableAsync(app.Database, "ApiKeys"))
        {
            Refused.Because(await Service(scope).CreateAsync(new ApiKeyForm { ClientName = "财务系统", Role = Roles.Finance }, Ct), DatabaseLock.BusyMessage);
            Refused.Because(await Service(scope).RevokeAsync(id, 0, Ct), DatabaseLock.BusyMessage);
        }

        var key = Assert.Single((await Service(scope).ListAsync(Ct)).Items);
        Assert.Equal((id, (DateTimeOffset?)null), (key.Id, key.RevokedAt));
        await using var db = app.CreateDbContext(UserScope.System);
        Assert.Equal(1, await db.GrantRequests.CountAsync(g => g.ApiKeyId != null, Ct));
        Assert.True((await Service(scope).RevokeAsync(id, 0, Ct)).Succeeded);
    }

    [Fact]
    public async Task A_key_gets_exactly_the_binding_its_role_needs()
    {
        await using var app = await TestApp.CreateAsync();
        await using var scope = app.ScopeFor(TestUsers.Admin);

        var unitWithout = await Service(scope).CreateAsync(new ApiKeyForm { ClientName = "单位系统", Role = Roles.HostUnit }, Ct);
        var supervisorWithUnit = await Service(scope).CreateAsync(new ApiKeyForm { ClientName = "主管系统", Role = Roles.Supervisor, HostUnitId = 1 }, Ct);
        var admin = await Service(scope).CreateAsync(new ApiKeyForm { ClientName = "运维", Role = Roles.Admin }, Ct);

        Assert.Equal("此项为必填项", unitWithout.For(nameof(ApiKeyForm.HostUnitId)));
        Assert.Equal("此角色不绑定主办单位", supervisorWithUnit.For(nameof(ApiKeyForm.HostUnitId)));
        Assert.Equal("此角色不能用于接口密钥", admin.For(nameof(ApiKeyForm.Role)));
    }
}
