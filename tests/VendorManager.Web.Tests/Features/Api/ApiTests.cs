using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Persistence;
using VendorManager.Web.Features.ApiKeys;
using VendorManager.Web.Features.Grants;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Features.Agencies;
using VendorManager.Web.Tests.Features.Grants;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Api;

/// <summary>The whole app over HTTP, with two agencies (the first contractable from 2026-01-01 to 2028-12-31) and a unit.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public AppFactory Factory { get; } = Create();

    public HttpClient Client { get; private set; } = default!;

    public int Licensed { get; private set; }

    public int Unlicensed { get; private set; }

    public int Unit { get; private set; }

    /// <summary>A draft of <see cref="Unit"/> with the licensed agency, December 2026 to November 2027.</summary>
    public int UnitContract { get; private set; }

    /// <summary>A draft of a second unit with the licensed agency, January to June 2026.</summary>
    public int OtherUnitContract { get; private set; }

    public static AppFactory Create(IDictionary<string, string?>? settings = null) => new(Environments.Production, new Dictionary<string, string?>
    {
        ["Bootstrap:AdminUser"] = "root",
        ["Bootstrap:AdminPassword"] = "Str0ng!Passw0rd",
    }.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary());

    public async ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient();
        await using var db = SystemContext(Factory);
        var licensed = new Agency("甲传媒有限公司", AgencyTestData.Code(1));
        var unlicensed = new Agency("乙文化有限公司", AgencyTestData.Code(2));
        var unit = new Domain.HostUnits.HostUnit("城关镇", Domain.HostUnits.HostUnitKind.Town, "U1");
        db.AddRange(licensed, unlicensed, unit);
        await db.SaveChangesAsync();
        var licence = new Qualification(licensed.Id, new QualificationDetails(
            QualificationKind.NewsServiceLicence, "33120230001", "浙江省互联网信息办公室", ServiceScopes.Editorial, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31)));
        licence.Review(QualificationReviewStatus.Verified, null, "采购", DateTimeOffset.UtcNow);
        db.Qualifications.Add(licence);
        var otherUnit = new Domain.HostUnits.HostUnit("青山镇", Domain.HostUnits.HostUnitKind.Town, "U2");
        db.HostUnits.Add(otherUnit);
        await db.SaveChangesAsync();
        var own = Draft(unit.Id, licensed.Id, "HT-API-1", new DateOnly(2026, 12, 1), new DateOnly(2027, 11, 30));
        var other = Draft(otherUnit.Id, licensed.Id, "HT-API-2", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));
        db.Contracts.AddRange(own, other);
        await db.SaveChangesAsync();
        (Licensed, Unlicensed, Unit, UnitContract, OtherUnitContract) = (licensed.Id, unlicensed.Id, unit.Id, own.Id, other.Id);
    }

    private static Contract Draft(int unit, int agency, string number, DateOnly start, DateOnly end)
    {
        var terms = new ContractTerms(number, ProcurementMethod.PublicTender, start, end, new Money(8000m), null, null, null, null);
        return Contract.Draft(unit, agency, terms, "unit", new DateTimeOffset(2026, 11, 1, 9, 0, 0, ChinaTime.Offset)).Value!;
    }

    /// <summary>A key issued by the Admin through the page's service and approved by a Supervisor; returns the secret and the key's id.</summary>
    public static async Task<(string Secret, int Id)> KeyAsync(AppFactory factory, string role, int? unit = null, int? agency = null)
    {
        var issued = await UnapprovedKeyAsync(factory, role, unit, agency);
        await GrantApproval.ApproveKeyAsync(factory.Services, issued.Id);
        return issued;
    }

    /// <summary>A key as the Admin alone issues it: pending its approval.</summary>
    public static async Task<(string Secret, int Id)> UnapprovedKeyAsync(AppFactory factory, string role, int? unit = null, int? agency = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(TestUsers.Admin);
        var issued = await scope.ServiceProvider.GetRequiredService<ApiKeyService>()
            .CreateAsync(new ApiKeyForm { ClientName = "测试系统-" + role, Role = role, HostUnitId = unit, AgencyId = agency }, default);
        Assert.True(issued.Succeeded, issued.Describe());
        return (issued.Value!.Secret, issued.Value.Id);
    }

    public Task<(string Secret, int Id)> KeyAsync(string role, int? unit = null, int? agency = null) => KeyAsync(Factory, role, unit, agency);

    public static AppDbContext SystemContext(AppFactory factory)
    {
        var options = factory.Services.CreateScope().ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>();
        return new AppDbContext(options, new FixedCurrentUser(UserScope.System));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}

public sealed class ApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_endpoint_answers_a_valid_key()
    {
        var (key, _) = await api.KeyAsync(Roles.Procurement);

        var list = await GetAsync("/api/v1/agencies?pageSize=10", key);
        var licensed = await GetAsync($"/api/v1/agencies/{api.Licensed}/contractability?date=2026-12-01", key);
        var unlicensed = await GetAsync($"/api/v1/agencies/{api.Unlicensed}/contractability?date=2026-12-01", key);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var page = await JsonAsync(list);
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        // By name, in code-point order (乙 U+4E59 before 甲 U+7532).
        Assert.Equal(["乙文化有限公司", "甲传媒有限公司"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(AgencyTestData.Code(1), page.GetProperty("items")[1].GetProperty("creditCode").GetString());
        Assert.Equal(HttpStatusCode.OK, licensed.StatusCode);
        var yes = await JsonAsync(licensed);
        Assert.True(yes.GetProperty("contractable").GetBoolean());
        Assert.Equal("2026-12-01", yes.GetProperty("date").GetString());
        var no = await JsonAsync(unlicensed);
        Assert.False(no.GetProperty("contractable").GetBoolean());
        Assert.Equal("NoVerifiedLicence", no.GetProperty("reasons")[0].GetProperty("code").GetString());
        // The licence ends 2028-12-31: a contract starting the day after is refused, with the reason.
        var later = await JsonAsync(await GetAsync($"/api/v1/agencies/{api.Licensed}/contractability?date=2029-01-01", key));
        Assert.Equal("LicenceExpired", later.GetProperty("reasons")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Contracts_are_read_by_status_unit_and_month_within_the_keys_scope()
    {
        var (county, _) = await api.KeyAsync(Roles.Finance);
        var (unit, _) = await api.KeyAsync(Roles.HostUnit, unit: api.Unit);
        var (otherAgency, _) = await api.KeyAsync(Roles.Agency, agency: api.Unlicensed);

        var all = await JsonAsync(await GetAsync("/api/v1/contracts", county));
        var march = await JsonAsync(await GetAsync("/api/v1/contracts?month=2027-03&status=draft", county));
        var byUnit = await JsonAsync(await GetAsync($"/api/v1/contracts?unit={api.Unit}", county));
        var own = await JsonAsync(await GetAsync("/api/v1/contracts", unit));
        var detail = await GetAsync($"/api/v1/contracts/{api.UnitContract}", unit);
        var othersContract = await GetAsync($"/api/v1/contracts/{api.OtherUnitContract}", unit);
        var noneOfTheAgencys = await JsonAsync(await GetAsync("/api/v1/contracts", otherAgency));

        Assert.Equal(2, all.GetProperty("total").GetInt32());
        var only = Assert.Single(march.GetProperty("items").EnumerateArray());
        Assert.Equal(("HT-API-1", "Draft", "2026-12-01", 8000m), (only.GetProperty("number").GetString(), only.GetProperty("status").GetString(),
            only.GetProperty("startDate").GetString(), only.GetProperty("monthlyFee").GetDecimal()));
        Assert.Equal(["HT-API-1"], byUnit.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()));
        Assert.Equal(["HT-API-1"], own.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()));
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Equal("城关镇", (await JsonAsync(detail)).GetProperty("contract").GetProperty("hostUnitName").GetString());
        // Another unit's contract is not even confirmed to exist, as on the pages.
        Assert.Equal(HttpStatusCode.NotFound, othersContract.StatusCode);
        Assert.Equal(0, noneOfTheAgencys.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/contracts?status=Paid", "Paid")]
    [InlineData("/api/v1/contracts?month=2026-13", "2026-13")]
    [InlineData("/api/v1/contracts?month=202611", "202611")]
    public async Task A_contract_filter_that_cannot_be_read_is_a_bad_request_naming_the_value(string path, string value)
    {
        var (key, _) = await api.KeyAsync(Roles.Supervisor);

        var response = await GetAsync(path, key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(value, (await JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_key_the_admin_issues_is_refused_as_unapproved_until_a_supervisor_approves_it()
    {
        var (key, id) = await ApiFixture.UnapprovedKeyAsync(api.Factory, Roles.Supervisor);

        var pending = await GetAsync("/api/v1/agencies", key);
        var adminApproves = await DecideAsync(TestUsers.Admin, id);

        Assert.Equal(HttpStatusCode.Unauthorized, pending.StatusCode);
        var problem = await JsonAsync(pending);
        Assert.Equal("/api/v1/problems/unapproved-key", problem.GetProperty("type").GetString());
        Assert.Equal("接口密钥未获批准", problem.GetProperty("title").GetString());
        Assert.Equal("您无权执行此操作。", adminApproves.Error);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/agencies", key)).StatusCode);

        var supervisorApproves = await DecideAsync(TestUsers.Supervisor, id);

        Assert.True(supervisorApproves.Succeeded, supervisorApproves.Describe());
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/agencies", key)).StatusCode);
    }

    [Fact]
    public async Task A_refused_key_never_works()
    {
        var (key, id) = await ApiFixture.UnapprovedKeyAsync(api.Factory, Roles.Finance);

        var refused = await DecideAsync(TestUsers.Supervisor, id, refuseWith: "对接系统未经备案");

        Assert.True(refused.Succeeded, refused.Describe());
        var response = await GetAsync("/api/v1/settlements", key);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("/api/v1/problems/unapproved-key", (await JsonAsync(response)).GetProperty("type").GetString());
        Assert.Equal("该申请已处理，请刷新后查看", (await DecideAsync(TestUsers.Supervisor, id)).Error);
    }

    /// <summary>Approves (or refuses) the key's grant as <paramref name="user"/>, through the approval page's service.</summary>
    private async Task<Result> DecideAsync(System.Security.Claims.ClaimsPrincipal user, int keyId, string? refuseWith = null)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(user);
        await using var db = ApiFixture.SystemContext(api.Factory);
        var grant = await db.GrantRequests.AsNoTracking().SingleAsync(g => g.ApiKeyId == keyId, Ct);
        var grants = scope.ServiceProvider.GetRequiredService<GrantService>();
        return refuseWith is null
            ? await grants.ApproveAsync(grant.Id, grant.Version, Ct)
            : await grants.RefuseAsync(grant.Id, grant.Version, refuseWith, Ct);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_with_a_problem_in_the_clients_language()
    {
        var (key, id) = await api.KeyAsync(Roles.Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/v1/agencies", key)).StatusCode);

        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(TestUsers.Admin);
            var version = (await scope.ServiceProvider.GetRequiredService<ApiKeyService>().ListAsync(Ct)).Items.Single(k => k.Id == id).Version;
            Assert.True((await scope.ServiceProvider.GetRequiredService<ApiKeyService>().RevokeAsync(id, version, Ct)).Succeeded);
        }

        foreach (var path in new[] { "/api/v1/agencies", $"/api/v1/agencies/{api.Licensed}/contractability" })
        {
            var chinese = await GetAsync(path, key);
            var english = await GetAsync(path, key, language: "en-US,en;q=0.9");

            Assert.Equal(HttpStatusCode.Unauthorized, chinese.StatusCode);
            Assert.Equal("application/problem+json", chinese.Content.Headers.ContentType?.MediaType);
            var problem = await JsonAsync(chinese);
            Assert.Equal("接口密钥已吊销", problem.GetProperty("title").GetString());
            Assert.Equal("/api/v1/problems/revoked-key", problem.GetProperty("type").GetString());
            Assert.Equal(401, problem.GetProperty("status").GetInt32());
            Assert.Equal("The API key is revoked", (await JsonAsync(english)).GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task A_key_of_another_scope_sees_only_what_its_role_and_binding_see()
    {
        var (agencyKey, _) = await api.KeyAsync(Roles.Agency, agency: api.Licensed);
        var (unitKey, _) = await api.KeyAsync(Roles.HostUnit, unit: api.Unit);

        var own = await GetAsync($"/api/v1/agencies/{api.Licensed}/contractability?date=2026-12-01", agencyKey);
        var other = await GetAsync($"/api/v1/agencies/{api.Unlicensed}/contractability?date=2026-12-01", agencyKey);
        var list = await GetAsync("/api/v1/agencies", agencyKey);
        var unitReads = await GetAsync($"/api/v1/agencies/{api.Licensed}/contractability?date=2026-12-01", unitKey);
        var unitList = await GetAsync("/api/v1/agencies", unitKey);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        // Another agency's record is not even confirmed to exist, as on the pages.
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("未找到", (await JsonAsync(other)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal("/api/v1/problems/forbidden", (await JsonAsync(list)).GetProperty("type").GetString());
        // A host unit contracts, so it may ask whether it can; it does not keep the register.
        Assert.True((await JsonAsync(unitReads)).GetProperty("contractable").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, unitList.StatusCode);
    }

    [Fact]
    public async Task A_call_without_a_key_or_with_an_unknown_key_is_refused()
    {
        var none = await GetAsync("/api/v1/agencies", key: null);
        var unknown = await GetAsync("/api/v1/agencies", "vmk_not-a-real-key", header: true);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("需要接口密钥", (await JsonAsync(none)).GetProperty("title").GetString());
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("/api/v1/problems/unknown-key", (await JsonAsync(unknown)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_X_Api_Key_header_works_too_and_the_use_is_recorded()
    {
        var (key, id) = await api.KeyAsync(Roles.Supervisor);

        var response = await GetAsync("/api/v1/agencies", key, header: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = ApiFixture.SystemContext(api.Factory);
        Assert.NotNull((await db.ApiKeys.SingleAsync(k => k.Id == id, Ct)).LastUsedAt);
    }

    [Fact]
    public async Task Bad_parameters_and_unknown_routes_answer_problem_details()
    {
        var (key, _) = await api.KeyAsync(Roles.Supervisor);

        var date = await GetAsync($"/api/v1/agencies/{api.Licensed}/contractability?date=2026-13-01", key);
        var paging = await GetAsync("/api/v1/agencies?pageSize=1000", key);
        var route = await GetAsync("/api/v1/nothing-here", key);

        Assert.Equal(HttpStatusCode.BadRequest, date.StatusCode);
        Assert.Contains("2026-13-01", (await JsonAsync(date)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, paging.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, route.StatusCode);
        Assert.Equal("application/problem+json", route.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/agencies", Roles.Supervisor)]
    [InlineData("/api/v1/contracts", Roles.Supervisor)]
    [InlineData("/api/v1/evaluations", Roles.Supervisor)]
    [InlineData("/api/v1/settlements", Roles.Finance)]
    [InlineData("/api/v1/posts", Roles.HostUnit)]
    [InlineData("/api/v1/published-posts", Roles.Supervisor)]
    public async Task A_page_far_past_the_last_is_empty_and_keeps_the_total_on_every_list(string list, string role)
    {
        var (key, _) = await api.KeyAsync(role, unit: role == Roles.HostUnit ? api.Unit : null);

        var first = await JsonAsync(await GetAsync(list, key));
        // Its first row would be number 429 496 729 400: past any list, and past what a 32-bit offset holds.
        var far = await GetAsync(list + "?page=2147483647&pageSize=200", key);

        Assert.Equal(HttpStatusCode.OK, far.StatusCode);
        var page = await JsonAsync(far);
        Assert.Empty(page.GetProperty("items").EnumerateArray());
        Assert.Equal(2147483647, page.GetProperty("page").GetInt32());
        Assert.Equal(first.GetProperty("total").GetInt32(), page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served_to_a_signed_in_user_and_describes_the_API()
    {
        using var client = api.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        // Before signing in: the document and its reference page are the sign-in page's business.
        foreach (var path in new[] { "/openapi/v1.json", "/scalar/v1" })
        {
            var anonymous = await client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/account/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        // The first administrator has replaced the configured password, as its first sign-in asks.
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().UseSystem();
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<VendorManager.Persistence.Identity.AppUser>>();
            Assert.True((await PasswordChangeRequirement.ClearAsync(users, (await users.FindByNameAsync("root"))!)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(client, "root", "Str0ng!Passw0rd")).StatusCode);
        var response = await client.GetAsync("/openapi/v1.json", Ct);
        var reference = await client.GetAsync("/scalar/v1", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await JsonAsync(response);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            [
                "/api/v1/agencies", "/api/v1/agencies/{id}/contractability", "/api/v1/contracts", "/api/v1/contracts/{id}",
                "/api/v1/evaluations", "/api/v1/evaluations/{id}", "/api/v1/posts", "/api/v1/posts/{id}", "/api/v1/published-posts", "/api/v1/settlements", "/api/v1/settlements/{id}", "/api/v1/settlements/{id}/payment",
            ],
            paths.Order());
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("ApiKey", out _));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("text/html", reference.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Posts_and_published_posts_are_read_by_the_roles_that_see_them_and_a_bad_month_or_state_is_answered_400_saying_why()
    {
        var (county, _) = await api.KeyAsync(Roles.Supervisor);
        var (unit, _) = await api.KeyAsync(Roles.HostUnit, unit: api.Unit);
        var (finance, _) = await api.KeyAsync(Roles.Finance);

        var published = await GetAsync("/api/v1/published-posts?month=2026-11&unreviewed=true", county);
        var posts = await GetAsync("/api/v1/posts?status=Published", unit);
        var badMonth = await GetAsync("/api/v1/published-posts?month=2026-13", county);
        var badState = await GetAsync("/api/v1/posts?status=Posted", unit);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(0, (await JsonAsync(published)).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, posts.StatusCode);
        Assert.Equal(0, (await JsonAsync(posts)).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        Assert.Contains("2026-13", (await JsonAsync(badMonth)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
        Assert.Contains("Posted", (await JsonAsync(badState)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        // The county office reads publications, not drafts under review; finance reads neither.
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/api/v1/posts", county)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/api/v1/published-posts", finance)).StatusCode);
    }

    [Fact]
    public async Task A_key_over_its_rate_is_answered_429_while_another_key_goes_on()
    {
        await using var factory = ApiFixture.Create(new Dictionary<string, string?> { ["Api:PermitsPerMinute"] = "2" });
        using var client = factory.CreateClient();
        var (busy, _) = await ApiFixture.KeyAsync(factory, Roles.Supervisor);
        var (other, _) = await ApiFixture.KeyAsync(factory, Roles.Procurement);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await SendAsync(client, "/api/v1/agencies", busy));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.Equal("请求过于频繁", (await JsonAsync(answers[2])).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, "/api/v1/agencies", other)).StatusCode);
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? key, string? language = null, bool header = false) =>
        SendAsync(api.Client, path, key, language, header);

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? key, string? language = null, bool header = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null && header)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        else if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (language is not null)
        {
            request.Headers.Add("Accept-Language", language);
        }

        return client.SendAsync(request, Ct);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).Clone();
}
