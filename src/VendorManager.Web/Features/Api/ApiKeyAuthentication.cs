using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VendorManager.Domain.ApiKeys;
using VendorManager.Domain.Grants;
using VendorManager.Persistence;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Api;

/// <summary>
/// Authenticates an API call by its key (<c>Authorization: Bearer vmk_…</c> or <c>X-Api-Key: vmk_…</c>)
/// into the same claims a signed-in user of the key's role has, so <see cref="CurrentUser"/>, the data
/// scope, the services' role checks and the audit log (as api:{client}) treat the call as that user.
/// Cookies never authenticate /api: a browser cannot be tricked into calling it with a user's session.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    private static readonly TimeSpan UsageTimeout = TimeSpan.FromSeconds(2);

    private string _failure = ApiProblem.Kinds.MissingKey;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ReadKey(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var hash = ApiKey.HashOf(secret);
        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash)
            .Select(k => new { Key = k, Approved = db.GrantRequests.Any(g => g.ApiKeyId == k.Id && g.Status == GrantStatus.Approved) })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (found is not { Approved: true, Key.IsRevoked: false })
        {
            // A key the Admin issued acts only once a second person approved it (decision 0015).
            _failure = found is null ? ApiProblem.Kinds.UnknownKey
                : found.Key.IsRevoked ? ApiProblem.Kinds.RevokedKey
                : ApiProblem.Kinds.UnapprovedKey;
            return AuthenticateResult.Fail(_failure);
        }

        var key = found.Key;

        var now = clock.GetUtcNow();
        if (key.NeedsUseRecorded(now))
        {
            // Usage, not a change of the key: written straight to the row, past the audit log and the version.
            // It is not worth the request: while another writer holds the database it waits a moment only and
            // is left for a later call, so that a read is still answered.
            db.Database.SetCommandTimeout(UsageTimeout);
            try
            {
                await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
            }
            catch (Exception e) when (SaveRefusal.IsBusy(e))
            {
                Logger.LogInformation("The use of API key {KeyId} was not recorded: the database is busy", key.Id);
            }
        }

        var id = key.Id.ToString(CultureInfo.InvariantCulture);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "apikey:" + id),
            new(ClaimTypes.Name, key.UserName),
            new(ClaimTypes.Role, key.Role),
            new(AppClaims.DisplayName, key.ClientName),
            new(AppClaims.ApiKeyId, id),
        };
        if (key.HostUnitId is { } unit)
        {
            claims.Add(new Claim(AppClaims.HostUnitId, unit.ToString(CultureInfo.InvariantCulture)));
        }

        if (key.AgencyId is { } agency)
        {
            claims.Add(new Claim(AppClaims.AgencyId, agency.ToString(CultureInfo.InvariantCulture)));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await ApiProblem.WriteAsync(Context, StatusCodes.Status401Unauthorized, _failure);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblem.WriteAsync(Context, StatusCodes.Status403Forbidden, ApiProblem.Kinds.Forbidden);

    private static string? ReadKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim() is { Length: > 0 } bearer ? bearer : null;
        }

        return request.Headers[HeaderName].ToString().Trim() is { Length: > 0 } key ? key : null;
    }
}
