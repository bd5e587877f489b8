using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Accounts;

public sealed class FilingServiceTests
{
    [Fact]
    public async Task An_opening_accepted_by_the_Supervisor_becomes_Active_once_the_unit_records_its_platform_id()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);

        int accountId;
        await using (var scope = app.ScopeFor(TestUsers.HostUnit(unit1)))
        {
            var filed = await scope.ServiceProvider.GetRequiredService<FilingService>()
                .FileOpeningAsync(new OpeningForm { Platform = Platform.Douyin, Name = "城关发布", Operator = AccountOperator.UnitItself }, FilingPaperUploads.Complete(FilingKind.Opening), ct);
            Assert.True(filed.Succeeded, filed.Describe());
            accountId = filed.Value;

            // Before acceptance the platform id is refused: no account goes live without filing first.
            var early = await scope.ServiceProvider.GetRequiredService<FilingService>()
                .RecordPlatformIdAsync(accountId, new PlatformIdForm { PlatformId = "dy123" }, ct);
            Refused.Because(early, "开设备案经主管单位受理后，才能登记平台账号ID并启用账号。");
        }

        await AccountsTestData.AcceptPendingAsync(app, accountId);

        await using (var scope = app.ScopeFor(TestUsers.HostUnit(unit1)))
        {
            var services = scope.ServiceProvider;
            var accepted = await services.GetRequiredService<AccountService>().GetAsync(accountId, ct);
            Assert.Equal(AccountStatus.Accepted, accepted.Value!.Status);

            var recorded = await services.GetRequiredService<FilingService>()
                .RecordPlatformIdAsync(accountId, new PlatformIdForm { PlatformId = "dy123" }, ct);
            Assert.True(recorded.Succeeded, recorded.Describe());

            var detail = (await services.GetRequiredService<AccountService>().GetAsync(accountId, ct)).Value!;
            Assert.Equal(AccountStatus.Active, detail.Status);
            Assert.Equal("dy123", detail.PlatformId);
            var opening = Assert.Single(detail.Filings);
            Assert.Equal(FilingState.Accepted, opening.State);
            Assert.Equal("supervisor", opening.DecidedBy?.Name);
        }
    }

    [Fact]
    public async Task The_account_page_offers_the_unit_what_its_state_allows_and_the_supervisor_the_decision_on_the_waiting_filing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        var accountId = await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Weibo, "城关微博");

        await using (var scope = app.ScopeFor(TestUsers.HostUnit(unit1)))
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            Assert.Equal([AccountTrigger.FileOpening, AccountTrigger.RecordActivity], accounts.InventoryActions);
            Assert.Equal(
                [AccountTrigger.FileChange, AccountTrigger.FileClosing, AccountTrigger.FileCancellation, AccountTrigger.RecordActivity, AccountTrigger.RecordHousekeeping],
                (await accounts.GetAsync(accountId, ct)).Value!.Actions);

            var filed = await scope.ServiceProvider.GetRequiredService<FilingService>()
                .FileChangeAsync(accountId, new ChangeForm { Name = "城关发布", Operator = AccountOperator.UnitItself }, FilingPaperUploads.Complete(FilingKind.Change), ct);
            Assert.True(filed.Succeeded, filed.Describe());

            // While the change waits for the Supervisor, no other filing is offered, and the unit does not decide it.
            var waiting = (await accounts.GetAsync(accountId, ct)).Value!;
            Assert.Equal([AccountTrigger.RecordActivity, AccountTrigger.RecordHousekeeping], waiting.Actions);
            Assert.All(waiting.Filings, f => Assert.Empty(f.Actions));
        }

        await using (var scope = app.ScopeFor(TestUsers.Supervisor))
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            Assert.Empty(accounts.InventoryActions);
            var detail = (await accounts.GetAsync(accountId, ct)).Value!;
            Assert.Empty(detail.Actions);
            Assert.Equal(
                [(FilingKind.Change, [FilingTrigger.Accept, FilingTrigger.Return]), (FilingKind.Opening, [])],
                detail.Filings.Select(f => (f.Kind, f.Actions.ToArray())).ToList(),
                (x, y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2));
            var queued = (await scope.ServiceProvider.GetRequiredService<FilingService>().ListAsync(FilingState.Submitted, new(0, 10), ct)).Items;
            Assert.Equal([FilingTrigger.Accept, FilingTrigger.Return], Assert.Single(queued).Actions);
        }
    }

    [Fact]
    public async Task A_returned_opening_keeps_the_account_Filed_and_shows_the_reason()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        int accountId;
        await using (var scope = app.ScopeFor(TestUsers.HostUnit(unit1)))
        {
            accountId = (await scope.ServiceProvider.GetRequiredService<FilingService>()
                .FileOpeningAsync(new OpeningForm { Platform = Platform.Weibo, Name = "城关微博", Operator = AccountOperator.UnitItself }, FilingPaperUploads.Complete(FilingKind.Opening), ct)).Value;
        }

        await using (var scope = app.ScopeFor(TestUsers.Supervisor))
        {
            var filings = scope.ServiceProvider.GetRequiredService<FilingService>();
            var filingId = (await filings.ListAsync(FilingState.Submitted, new(0, 10), ct)).Items.Single().Id;
            Refused.Because(await filings.ReturnAsync(filingId, new ReturnForm { Reason = " " }, ct), "此项为必填项");
            Assert.True((await filings.ReturnAsync(filingId, new ReturnForm { Reason = "名称不规范" }, ct)).Succeeded);
            Assert.Empty((await filings.ListAsync(FilingState.Submitted, new(0, 10), ct)).Items);
        }

        await using (var scope = app.ScopeFor(TestUsers.HostUnit(unit1)))
        {
            var detail = (await scope.ServiceProvider.GetRequiredService<AccountService>().GetAsync(accountId, ct)).Value!;
            Assert.Equal(AccountStatus.Filed, detail.Status);
            Assert.Equal("名称不规范", Assert.Single(detail.Filings).ReturnReason);
        }
    }

    [Fact]
    public async Task A_host_unit_user_cannot_accept_a_filing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unit1));
        var filings = scope.ServiceProvider.GetRequiredService<FilingService>();
        await filings.FileOpeningAsync(new OpeningForm { Platform = Platform.Weibo, Name = "城关微博", Operator = AccountOperator.UnitItself }, FilingPaperUploads.Complete(FilingKind.Opening), ct);
        var own = (await filings.ListAsync(FilingState.Submitted, new(0, 10), ct)).Items.Single();

        var accepted = await filings.AcceptAsync(own.Id, ct);

        Refused.Because(accepted, Refused.Forbidden);
        Assert.Equal(FilingState.Submitted, (await filings.ListAsync(null, new(0, 10), ct)).Items.Single().State);
    }

    [Fact]
    public async Task A_second_account_on_a_platform_needs_a_justification_shown_beside_the_field()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Douyin, "城关发布");
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unit1));
        var filings = scope.ServiceProvider.GetRequiredService<FilingService>();

        var refused = await filings.FileOpeningAsync(new OpeningForm { Platform = Platform.Douyin, Name = "城关文旅", Operator = AccountOperator.UnitItself }, FilingPaperUploads.Complete(FilingKind.Opening), ct);
        var justified = await filings.FileOpeningAsync(
            new OpeningForm { Platform = Platform.Douyin, Name = "城关文旅", Operator = AccountOperator.UnitItself, Justification = "文旅推广单独运营" }, FilingPaperUploads.Complete(FilingKind.Opening), ct);

        Assert.Contains("书面说明理由", refused.For(nameof(OpeningForm.Justification)));
        Assert.True(justified.Succeeded, justified.Describe());
        Assert.True((await filings.ListAsync(FilingState.Submitted, new(0, 10), ct)).Items.Single().AdditionalOnPlatform);
    }

    [Fact]
    public async Task An_English_user_reads_the_refusal_in_English()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await TestApp.CreateAsync();
        var (unit1, _) = await AccountsTestData.UnitsAsync(app);
        await AccountsTestData.ActiveAccountAsync(app, unit1, Platform.Douyin, "城关发布");
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
        await using var scope = app.ScopeFor(TestUsers.HostUnit(unit1));

        var refused = await scope.ServiceProvider.GetRequiredService<FilingService>()
            .FileOpeningAsync(new OpeningForm { Platform = Platform.Douyin, Name = "城关文旅", Operator = AccountOperator.UnitItself }, FilingPaperUploads.Complete(FilingKind.Opening), ct);

        Assert.Contains("written justification", refused.For(nameof(OpeningForm.Justification)));
    }
}
