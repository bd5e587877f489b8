using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Evaluations;

public sealed class KpiSchemeServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_scheme_page_offers_the_supervisor_what_the_version_allows_and_other_readers_nothing()
    {
        await using var app = await TestApp.CreateAsync();
        int publishedId;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            var scheme = DefaultKpiScheme.CreatePublished("system", app.Clock.GetUtcNow());
            db.Add(scheme);
            await db.SaveChangesAsync(Ct);
            publishedId = scheme.Id;
        }

        await using (var scope = app.ScopeFor(TestUsers.Supervisor))
        {
            var schemes = scope.ServiceProvider.GetRequiredService<KpiSchemeService>();
            Assert.True(schemes.MayDraft);
            var published = (await schemes.GetAsync(publishedId, Ct)).Value!;
            Assert.Equal([KpiSchemeTrigger.Retire, KpiSchemeTrigger.NewVersion], published.Actions);

            var copy = await schemes.NewVersionAsync(publishedId, Ct);
            Assert.Equal(
                [KpiSchemeTrigger.Revise, KpiSchemeTrigger.Publish, KpiSchemeTrigger.NewVersion],
                (await schemes.GetAsync(copy.Value, Ct)).Value!.Actions);

            Assert.True((await schemes.RetireAsync(publishedId, published.Version, Ct)).Succeeded);
            var retired = (await schemes.GetAsync(publishedId, Ct)).Value!;
            Assert.Equal([KpiSchemeTrigger.NewVersion], retired.Actions);
            Refused.Because(await schemes.RetireAsync(publishedId, retired.Version, Ct), KpiSchemeRefusals.OnlyPublishedRetire.Message);
        }

        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.Procurement)))
        {
            var schemes = scope.ServiceProvider.GetRequiredService<KpiSchemeService>();
            Assert.False(schemes.MayDraft);
            Assert.Empty((await schemes.GetAsync(publishedId, Ct)).Value!.Actions);
        }
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Auditor)]
    public async Task A_role_that_may_not_read_schemes_is_refused_the_list_not_shown_an_empty_one(string role)
    {
        await using var app = await TestApp.CreateAsync();
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            db.Add(DefaultKpiScheme.CreatePublished("system", app.Clock.GetUtcNow()));
            await db.SaveChangesAsync(Ct);
        }

        await using var scope = app.ScopeFor(TestUsers.Principal(role));
        var list = await scope.ServiceProvider.GetRequiredService<KpiSchemeService>().ListAsync(Ct);

        Assert.True(list.Forbidden);
        Assert.Empty(list.Items);
    }
}
