using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.ApiKeys;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Features.Agencies;
using VendorManager.Web.Tests.Features.Api;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Evaluations;

/// <summary>
/// The whole app over HTTP with two units, each with its own agency and contract: unit 1's October 2026
/// is confirmed (full marks, 6 lax reviews and 2 low-quality posts, a major wording error), its November
/// a draft; unit 2's October is confirmed with full marks.
/// </summary>
public sealed class EvaluationApiFixture : IAsyncLifetime
{
    public AppFactory Factory { get; } = ApiFixture.Create();

    public HttpClient Client { get; private set; } = default!;

    public int Unit { get; private set; }

    public int OtherUnit { get; private set; }

    public int Agency { get; private set; }

    public int OtherAgency { get; private set; }

    public int October { get; private set; }

    public int November { get; private set; }

    public int OtherOctober { get; private set; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient();
        await using var db = ApiFixture.SystemContext(Factory);
        // The app seeds the default scheme at start.
        var scheme = await db.KpiSchemes.Include(s => s.Indicators).Include(s => s.DeductionRules).Include(s => s.VetoItems).Include(s => s.Bands)
            .AsSplitQuery().SingleAsync(s => s.Name == DefaultKpiScheme.Name, Ct);
        var unit = new HostUnit("城关镇", HostUnitKind.Town, "U1");
        var otherUnit = new HostUnit("青山镇", HostUnitKind.Town, "U2");
        var agency = new Agency("甲传媒有限公司", AgencyTestData.Code(1));
        var otherAgency = new Agency("乙文化有限公司", AgencyTestData.Code(2));
        db.AddRange(unit, otherUnit, agency, otherAgency);
        await db.SaveChangesAsync(Ct);
        var contract = Draft(unit.Id, agency.Id, "HT-EV-1", scheme.Id);
        var otherContract = Draft(otherUnit.Id, otherAgency.Id, "HT-EV-2", scheme.Id);
        db.AddRange(contract, otherContract);
        await db.SaveChangesAsync(Ct);

        var october = new DateOnly(2026, 10, 1);
        var scored = Evaluation(contract, october, scheme,
            [
                new DeductionLine(ProblemCategory.LaxReview, new(2026, 10, 8), 6, "未经审核发布", "https://example.gov.cn/1", null),
                new DeductionLine(ProblemCategory.LowInformationQuality, new(2026, 10, 9), 2, "转发娱乐新闻", "https://example.gov.cn/2", null),
            ],
            [new VetoLine("WORDING", new(2026, 10, 12), "领导职务表述错误")],
            confirm: true);
        var draft = Evaluation(contract, october.AddMonths(1), scheme, [], [], confirm: false);
        var other = Evaluation(otherContract, october, scheme, [], [], confirm: true);
        db.MonthlyEvaluations.AddRange(scored, draft, other);
        await db.SaveChangesAsync(Ct);
        (Unit, OtherUnit, Agency, OtherAgency) = (unit.Id, otherUnit.Id, agency.Id, otherAgency.Id);
        (October, November, OtherOctober) = (scored.Id, draft.Id, other.Id);
    }

    public Task<(string Secret, int Id)> KeyAsync(string role, int? unit = null, int? agency = null) => ApiFixture.KeyAsync(Factory, role, unit, agency);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    private static Contract Draft(int unit, int agency, string number, int scheme)
    {
        var terms = new ContractTerms(number, ProcurementMethod.PublicTender, new(2026, 9, 1), new(2027, 8, 31), new Money(9000m), "李主任", null, null, null, scheme);
        return Contract.Draft(unit, agency, terms, "unit", DateTimeOffset.UtcNow).Value!;
    }

    private static MonthlyEvaluation Evaluation(
        Contract contract, DateOnly month, KpiScheme scheme, IReadOnlyList<DeductionLine> deductions, IReadOnlyList<VetoLine> vetoes, bool confirm)
    {
        var at = DateTimeOffset.UtcNow;
        var evaluation = MonthlyEvaluation.Open(contract.Id, contract.HostUnitId, contract.AgencyId, month, scheme, month.AddMonths(1).AddDays(9), at);
        void Ensure(RuleResult result) => Assert.True(result.Succeeded, result.Refusal?.Message);
        Ensure(evaluation.Record(scheme, new EvaluationSheet([.. scheme.Indicators.Select(i => new IndicatorPoints(i.Code, i.Weight))], deductions, vetoes), "scorer", at));
        if (confirm)
        {
            Ensure(evaluation.Submit(scheme, "id-scorer", "scorer", at));
            Ensure(evaluation.Confirm("id-head", "head", at, WorkingDayCalendar.WeekendsOnly));
        }

        return evaluation;
    }
}

public sealed class EvaluationApiTests(EvaluationApiFixture api) : IClassFixture<EvaluationApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_county_key_lists_evaluations_by_month_unit_agency_and_status()
    {
        var (key, _) = await api.KeyAsync(Roles.Supervisor);

        var all = await JsonAsync(await GetAsync("/api/v1/evaluations", key));
        var october = await JsonAsync(await GetAsync("/api/v1/evaluations?month=2026-10", key));
        var byUnit = await JsonAsync(await GetAsync($"/api/v1/evaluations?unit={api.Unit}&status=confirmed", key));
        var byAgency = await JsonAsync(await GetAsync($"/api/v1/evaluations?agency={api.OtherAgency}", key));
        var paged = await JsonAsync(await GetAsync("/api/v1/evaluations?page=2&pageSize=2", key));

        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(new[] { api.OtherOctober, api.October }.Order(), Ids(october).Order());
        var only = Assert.Single(byUnit.GetProperty("items").EnumerateArray());
        Assert.Equal((api.October, "HT-EV-1", "2026-10", "Confirmed", 59m, 0m), (only.GetProperty("id").GetInt32(), only.GetProperty("contractNumber").GetString(),
            only.GetProperty("month").GetString(), only.GetProperty("status").GetString(), only.GetProperty("total").GetDecimal(), only.GetProperty("sharePercent").GetDecimal()));
        Assert.Equal([api.OtherOctober], Ids(byAgency));
        // Newest month first: the third one, on page 2 of 2, is one of October's.
        Assert.Equal((3, 1), (paged.GetProperty("total").GetInt32(), paged.GetProperty("items").GetArrayLength()));
    }

    [Fact]
    public async Task One_evaluation_gives_its_score_breakdown_with_deductions_capped_per_category_and_the_veto()
    {
        var (key, _) = await api.KeyAsync(Roles.Finance);

        var response = await GetAsync($"/api/v1/evaluations/{api.October}", key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await JsonAsync(response);
        Assert.Equal("城关镇", detail.GetProperty("evaluation").GetProperty("hostUnitName").GetString());
        Assert.Equal(
            [("CONTENT", 30m, 30m), ("UPKEEP", 20m, 20m), ("INTERACTION", 20m, 20m), ("REVIEW", 20m, 20m), ("SECURITY", 10m, 10m)],
            detail.GetProperty("indicators").EnumerateArray().Select(i => (i.GetProperty("code").GetString(), i.GetProperty("weight").GetDecimal(), i.GetProperty("points").GetDecimal())));
        // Category 2 costs 1 point each; category 4 costs 3 each but no more than 15 a month.
        Assert.Equal(
            [(2, "信息质量不高", 2, 2m, 10m), (4, "审核把关不严", 6, 15m, 15m)],
            detail.GetProperty("deductions").EnumerateArray().Select(d => (d.GetProperty("category").GetInt32(), d.GetProperty("categoryName").GetString(),
                d.GetProperty("occurrences").GetInt32(), d.GetProperty("points").GetDecimal(), d.GetProperty("cap").GetDecimal())));
        var veto = Assert.Single(detail.GetProperty("vetoes").EnumerateArray());
        Assert.Equal(("重大表述错误", 59m), (veto.GetProperty("name").GetString(), veto.GetProperty("highestTotal").GetDecimal()));
        // 100 − 17 = 83, capped at 59 by the veto: the lowest band, no fee.
        Assert.Equal((100m, 17m, true, 59m, "[0, 60)", 0m), (detail.GetProperty("earned").GetDecimal(), detail.GetProperty("deducted").GetDecimal(),
            detail.GetProperty("vetoed").GetBoolean(), detail.GetProperty("total").GetDecimal(), detail.GetProperty("band").GetString(), detail.GetProperty("sharePercent").GetDecimal()));
    }

    [Fact]
    public async Task A_key_of_another_scope_sees_only_what_its_role_and_binding_see()
    {
        var (unitKey, _) = await api.KeyAsync(Roles.HostUnit, unit: api.Unit);
        var (agencyKey, _) = await api.KeyAsync(Roles.Agency, agency: api.Agency);
        var (otherAgencyKey, _) = await api.KeyAsync(Roles.Agency, agency: api.OtherAgency);
        var (procurementKey, _) = await api.KeyAsync(Roles.Procurement);

        var unitList = await JsonAsync(await GetAsync("/api/v1/evaluations", unitKey));
        var otherUnitsFilter = await JsonAsync(await GetAsync($"/api/v1/evaluations?unit={api.OtherUnit}", unitKey));
        var otherUnitsOne = await GetAsync($"/api/v1/evaluations/{api.OtherOctober}", unitKey);
        var agencyList = await JsonAsync(await GetAsync("/api/v1/evaluations", agencyKey));
        var agencyDraft = await GetAsync($"/api/v1/evaluations/{api.November}", agencyKey);
        var otherAgencyOne = await GetAsync($"/api/v1/evaluations/{api.October}", otherAgencyKey);
        var procurement = await GetAsync("/api/v1/evaluations", procurementKey);
        var procurementOne = await GetAsync($"/api/v1/evaluations/{api.October}", procurementKey);

        Assert.Equal(new[] { api.October, api.November }.Order(), Ids(unitList).Order());
        Assert.Equal(0, otherUnitsFilter.GetProperty("total").GetInt32());
        // Another unit's evaluation is not even confirmed to exist, as on the pages.
        Assert.Equal(HttpStatusCode.NotFound, otherUnitsOne.StatusCode);
        // The agency sees its months once the unit has confirmed them, not the draft being scored.
        Assert.Equal([api.October], Ids(agencyList));
        Assert.Equal(HttpStatusCode.NotFound, agencyDraft.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherAgencyOne.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, procurement.StatusCode);
        Assert.Equal("/api/v1/problems/forbidden", (await JsonAsync(procurement)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, procurementOne.StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_on_both_evaluation_endpoints()
    {
        var (key, id) = await api.KeyAsync(Roles.Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/evaluations", key)).StatusCode);
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(TestUsers.Admin);
            var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
            var version = (await keys.ListAsync(Ct)).Items.Single(k => k.Id == id).Version;
            Assert.True((await keys.RevokeAsync(id, version, Ct)).Succeeded);
        }

        foreach (var path in new[] { "/api/v1/evaluations", $"/api/v1/evaluations/{api.October}" })
        {
            var response = await GetAsync(path, key);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("/api/v1/problems/revoked-key", (await JsonAsync(response)).GetProperty("type").GetString());
        }
    }

    [Theory]
    [InlineData("/api/v1/evaluations?month=2026-13", "2026-13")]
    [InlineData("/api/v1/evaluations?month=2026/10", "2026/10")]
    [InlineData("/api/v1/evaluations?status=Paid", "Paid")]
    public async Task An_evaluation_filter_that_cannot_be_read_is_a_bad_request_naming_the_value(string path, string value)
    {
        var (key, _) = await api.KeyAsync(Roles.Supervisor);

        var response = await GetAsync(path, key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(value, (await JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static IEnumerable<int> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32());

    private Task<HttpResponseMessage> GetAsync(string path, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return api.Client.SendAsync(request, Ct);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).Clone();
}
