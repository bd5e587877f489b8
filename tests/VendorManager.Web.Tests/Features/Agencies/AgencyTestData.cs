using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Agencies;

/// <summary>Agencies and licences for the agency tests; the test clock's today is 2026-11-27.</summary>
internal static class AgencyTestData
{
    public static readonly DateOnly Today = new(2026, 11, 27);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static ClaimsPrincipal Procurement => TestUsers.Principal(Roles.Procurement, userName: "procurement");

    public static string Code(int n) => UnifiedSocialCreditCode.Complete($"9133010{n % 10}MA2H{n:00000}"[..17]);

    public static byte[] Pdf => "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    public static ScanUpload Upload(byte[] content, string name = "许可证.pdf", long? size = null) =>
        new(name, size ?? content.Length, () => new MemoryStream(content));

    public static QualificationForm LicenceForm(
        DateOnly? from = null, DateOnly? to = null, ServiceScopes scopes = ServiceScopes.Editorial, QualificationKind kind = QualificationKind.NewsServiceLicence) => new()
    {
        Kind = kind,
        Number = "33120230001",
        Issuer = "浙江省互联网信息办公室",
        Scopes = Enum.GetValues<ServiceScopes>().Where(s => s != ServiceScopes.None && scopes.HasFlag(s)).ToList(),
        ValidFrom = (from ?? Today.AddYears(-1)).ToDateTime(TimeOnly.MinValue),
        ValidTo = (to ?? Today.AddYears(2)).ToDateTime(TimeOnly.MinValue),
    };

    public static async Task<Agency> AddAgencyAsync(TestApp app, string name, int n)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var agency = new Agency(name, Code(n));
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(Ct);
        return agency;
    }

    /// <summary>A licence recorded by procurement, reviewed as given.</summary>
    public static async Task<int> AddLicenceAsync(
        TestApp app, int agencyId, QualificationReviewStatus status = QualificationReviewStatus.Verified, QualificationForm? form = null, byte[]? file = null)
    {
        var id = (await AsAsync(app, Procurement, (QualificationService s) =>
            s.CreateAsync(agencyId, form ?? LicenceForm(), file is null ? null : Upload(file), Ct))).Value;
        if (status != QualificationReviewStatus.Pending)
        {
            var result = await AsAsync(app, Procurement, (QualificationService s) =>
                s.ReviewAsync(id, new ReviewForm { Verdict = status, Remark = "审核意见" }, Ct));
            Assert.True(result.Succeeded, result.Describe());
        }

        return id;
    }

    public static async Task<T> AsAsync<TService, T>(TestApp app, ClaimsPrincipal user, Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = app.ScopeFor(user);
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
