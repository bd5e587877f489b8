using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Settlements;
using VendorManager.Web.Tests.Features.Agencies;
using VendorManager.Web.Tests.Features.Api;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Settlements;

public sealed class SettlementApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One approved October settlement of a unit's contract, stored straight through the domain, approved by <paramref name="approver"/>.</summary>
    private static async Task<(int SettlementId, int UnitId)> SeedAsync(AppFactory factory, string approver = "finance")
    {
        await using var db = ApiFixture.SystemContext(factory);
        var unit = new HostUnit("城关镇", HostUnitKind.Town, "U1");
        var agency = new Agency("甲传媒有限公司", AgencyTestData.Code(1));
        // The app seeds the default scheme at start.
        var scheme = await db.KpiSchemes.Include(s => s.Indicators).Include(s => s.DeductionRules).Include(s => s.VetoItems).Include(s => s.Bands)
            .AsSplitQuery().SingleAsync(s => s.Name == DefaultKpiScheme.Name, Ct);
        db.AddRange(unit, agency);
        await db.SaveChangesAsync(Ct);
        var terms = new ContractTerms("HT-API-1", ProcurementMethod.PublicTender, new(2026, 10, 1), new(2027, 9, 30), new Money(9000m), "李主任", null, null, null, scheme.Id);
        var contract = Contract.Draft(unit.Id, agency.Id, terms, "unit1", DateTimeOffset.UtcNow).Value!;
        db.Add(contract);
        await db.SaveChangesAsync(Ct);
        var evaluation = MonthlyEvaluation.Open(contract.Id, unit.Id, agency.Id, new(2026, 10, 1), scheme, new(2026, 11, 10), DateTimeOffset.UtcNow);
        db.Add(evaluation);
        await db.SaveChangesAsync(Ct);
        var settlement = Settlement.Calculate(contract.Id, unit.Id, agency.Id, new(2026, 10, 1), evaluation.Id, DateTimeOffset.UtcNow,
            SettlementComputation.Compute(new Money(9000m), 31, 31, new Score(85m), 95m), "[80, 90)", "system", ChinaTime.StartOfDay(new DateOnly(2026, 11, 15)));
        settlement.Approve(approver, ChinaTime.StartOfDay(new DateOnly(2026, 11, 20)).AddHours(10), settlement.EvaluationFinalizedAt);
        db.Add(settlement);
        await db.SaveChangesAsync(Ct);
        return (settlement.Id, unit.Id);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string key, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    [Fact]
    public async Task Finance_lists_the_month_and_records_the_payment_once_and_a_second_payment_is_a_409_problem()
    {
        await using var factory = ApiFixture.Create();
        using var client = factory.CreateClient();
        var (id, _) = await SeedAsync(factory);
        var (key, _) = await ApiFixture.KeyAsync(factory, Roles.Finance);

        var listed = await client.SendAsync(Request(HttpMethod.Get, "/api/v1/settlements?month=2026-10&status=Approved", key), Ct);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var page = JsonDocument.Parse(await listed.Content.ReadAsStringAsync(Ct)).RootElement;
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal((id, 8550m, "Approved"), (item.GetProperty("id").GetInt32(), item.GetProperty("payable").GetDecimal(), item.GetProperty("status").GetString()));
        var version = item.GetProperty("version").GetInt32();

        var payment = new { invoiceNumber = "FP-2026-001", paymentDate = "2026-11-25", voucherNumber = "PZ-001", version };
        var paid = await client.SendAsync(Request(HttpMethod.Post, $"/api/v1/settlements/{id}/payment", key, payment), Ct);
        var again = await client.SendAsync(Request(HttpMethod.Post, $"/api/v1/settlements/{id}/payment", key, payment with { version = version + 1 }), Ct);

        Assert.Equal(HttpStatusCode.NoContent, paid.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await again.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Contains("不能重复支付", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_key_may_not_pay_what_its_user_approved_and_another_pays_and_the_detail_shows_each_step_with_who()
    {
        await using var factory = ApiFixture.Create();
        using var client = factory.CreateClient();
        var (key, _) = await ApiFixture.KeyAsync(factory, Roles.Finance);
        // The key acts as its user (api:{client}), who approved the settlement.
        var (id, _) = await SeedAsync(factory, approver: "api:测试系统-" + Roles.Finance);

        var refused = await client.SendAsync(Request(HttpMethod.Post, $"/api/v1/settlements/{id}/payment", key, Payment(await VersionAsync(factory, id))), Ct);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Contains("审批人不能登记自己审批的结算付款", problem.GetProperty("detail").GetString());
        Assert.Equal(SettlementStatus.Approved, await StatusAsync(factory, id));

        // County finance takes the approval over; then the key may pay.
        await using (var db = ApiFixture.SystemContext(factory))
        {
            var settlement = await db.Settlements.AsTracking().SingleAsync(s => s.Id == id, Ct);
            var at = ChinaTime.StartOfDay(new DateOnly(2026, 11, 21)).AddHours(10);
            Assert.True(settlement.Unapprove("改由县财政审核", "finance", at).Succeeded);
            Assert.True(settlement.Approve("finance", at, settlement.EvaluationFinalizedAt).Succeeded);
            await db.SaveChangesAsync(Ct);
        }

        var paid = await client.SendAsync(Request(HttpMethod.Post, $"/api/v1/settlements/{id}/payment", key, Payment(await VersionAsync(factory, id))), Ct);
        Assert.Equal(HttpStatusCode.NoContent, paid.StatusCode);

        var detail = await client.SendAsync(Request(HttpMethod.Get, $"/api/v1/settlements/{id}", key), Ct);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        var body = JsonDocument.Parse(await detail.Content.ReadAsStringAsync(Ct)).RootElement;
        // The test world has no user "finance": the API names it as it names any login no user has.
        Assert.Equal(("finance（未知用户）", "测试系统-Finance（接口）"), (body.GetProperty("approvedBy").GetString(), body.GetProperty("paidRecordedBy").GetString()));
        var steps = body.GetProperty("history").EnumerateArray()
            .Select(s => (s.GetProperty("step").GetString(), s.GetProperty("actor").GetString(), s.GetProperty("to").GetString(), s.GetProperty("payableAfter").GetDecimal()))
            .ToList();
        Assert.Equal(
            [("Calculated", "系统", "Calculated", 8550m), ("Approved", "测试系统-Finance（接口）", "Approved", 8550m), ("Unapproved", "finance（未知用户）", "Calculated", 8550m),
                ("Approved", "finance（未知用户）", "Approved", 8550m), ("Paid", "测试系统-Finance（接口）", "Paid", 8550m)],
            steps);

        static object Payment(int version) => new { invoiceNumber = "FP-2026-009", paymentDate = "2026-11-25", voucherNumber = "PZ-009", version };
    }

    [Fact]
    public async Task A_refused_payment_is_explained_in_English_with_its_date_to_a_client_that_asks_for_English()
    {
        await using var factory = ApiFixture.Create();
        using var client = factory.CreateClient();
        var (id, _) = await SeedAsync(factory);
        var (key, _) = await ApiFixture.KeyAsync(factory, Roles.Finance);
        var early = Request(HttpMethod.Post, $"/api/v1/settlements/{id}/payment", key,
            new { invoiceNumber = "FP-2026-010", paymentDate = "2026-11-19", voucherNumber = "PZ-010", version = await VersionAsync(factory, id) });
        early.Headers.Add("Accept-Language", "en");

        var refused = await client.SendAsync(early, Ct);

        Assert.Equal(SettlementStatus.Approved, await StatusAsync(factory, id));
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("The payment date cannot be before the approval date 2026-11-20.", problem.GetProperty("detail").GetString());
        Assert.DoesNotMatch(@"[\u4e00-\u9fff]", problem.GetProperty("title").GetString()!);
    }

    [Fact]
    public async Task A_payment_while_another_writer_holds_the_ledger_is_a_503_with_retry_after_in_chinese_or_english_and_is_recorded_when_sent_again()
    {
        await using var factory = ApiFixture.Create(new Dictionary<string, string?> { ["Database:CommandTimeoutSeconds"] = "1" });
        using var client = factory.CreateClient();
        var (id, _) = await SeedAsync(factory);
        var (key, _) = await ApiFixture.KeyAsync(factory, Roles.Finance);
        var payment = new { invoiceNumber = "FP-2026-002", paymentDate = "2026-11-25", voucherNumber = "PZ-002", version = await VersionAsync(factory, id) };
        // The key's first use is recorded now, not under the lock.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Request(HttpMethod.Get, "/api/v1/settlements", key), Ct)).StatusCode);

        HttpResponseMessage chinese, english;
        await using (await DatabaseLock.HoldTableAsync(factory.Database, "Settlements"))
        {
            chinese = await client.SendAsync(Request(HttpMethod.Post, $"/api/v1/settlements/{id}/payment", key, payment), Ct);
            var inEnglish = Request(HttpMethod.Post, $"/api/v1/settlements/{id}/payment", key, payment);
            inEnglish.Headers.Add("Accept-Language", "en-US");
            english = await client.SendAsync(inEnglish, Ct);
        }

        foreach (var (response, title) in new[] { (chinese, "数据库正忙"), (english, "The database is busy") })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
            Assert.Equal(("/api/v1/problems/database-busy", title, 503), (problem.GetProperty("type").GetString(), problem.GetProperty("title").GetString(), problem.GetProperty("status").GetInt32()));
        }

        Assert.Contains("Retry-After", JsonDocument.Parse(await chinese.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("detail").GetString());
        Assert.Equal(SettlementStatus.Approved, await StatusAsync(factory, id));
        var again = await client.SendAsync(Request(HttpMethod.Post, $"/api/v1/settlements/{id}/payment", key, payment), Ct);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(SettlementStatus.Paid, await StatusAsync(factory, id));
    }

    [Fact]
    public async Task A_payment_over_a_version_someone_else_has_changed_stays_a_409_conflict_and_changes_nothing()
    {
        await using var factory = ApiFixture.Create();
        using var client = factory.CreateClient();
        var (id, _) = await SeedAsync(factory);
        var (key, _) = await ApiFixture.KeyAsync(factory, Roles.Finance);
        var listed = await VersionAsync(factory, id);
        await using (var db = ApiFixture.SystemContext(factory))
        {
            // Another finance user's adjustment in the meantime: the settlement's version moves on.
            var settlement = await db.Settlements.Include(s => s.Adjustments).SingleAsync(s => s.Id == id, Ct);
            Assert.True(settlement.Adjust(new Money(100m), "补付", "finance2", DateTimeOffset.UtcNow).Succeeded);
            db.Entry(settlement).State = EntityState.Modified;
            await db.SaveChangesAsync(Ct);
        }

        var response = await client.SendAsync(Request(HttpMethod.Post, $"/api/v1/settlements/{id}/payment", key,
            new { invoiceNumber = "FP-2026-003", paymentDate = "2026-11-25", voucherNumber = "PZ-003", version = listed }), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("/api/v1/problems/conflict", problem.GetProperty("type").GetString());
        Assert.Equal(SettlementStatus.Approved, await StatusAsync(factory, id));
    }

    private static async Task<int> VersionAsync(AppFactory factory, int id)
    {
        await using var db = ApiFixture.SystemContext(factory);
        return await db.Settlements.Where(s => s.Id == id).Select(s => s.Version).SingleAsync(Ct);
    }

    private static async Task<SettlementStatus> StatusAsync(AppFactory factory, int id)
    {
        await using var db = ApiFixture.SystemContext(factory);
        return await db.Settlements.Where(s => s.Id == id).Select(s => s.Status).SingleAsync(Ct);
    }

    [Fact]
    public async Task A_host_unit_key_may_list_its_settlements_but_not_record_a_payment()
    {
        await using var factory = ApiFixture.Create();
        using var client = factory.CreateClient();
        var (id, unit) = await SeedAsync(factory);
        var (key, _) = await ApiFixture.KeyAsync(factory, Roles.HostUnit, unit: unit);

        var listed = await client.SendAsync(Request(HttpMethod.Get, "/api/v1/settlements", key), Ct);
        var paid = await client.SendAsync(Request(HttpMethod.Post, $"/api/v1/settlements/{id}/payment", key,
            new { invoiceNumber = "FP", paymentDate = "2026-11-25", voucherNumber = "PZ", version = 1 }), Ct);

        Assert.Equal(1, JsonDocument.Parse(await listed.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, paid.StatusCode);
    }
}
