using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Grants;
using VendorManager.Persistence;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Security;

namespace VendorManager.Web.Features.Grants;

/// <summary>
/// The server operator's approval of a grant nobody in the app can decide (decision 0015): a second Admin while
/// there is one, the first Supervisor or Auditor of a new installation, a password reset of the only Supervisor.
/// Run with the app's configuration, like <c>restore-backup</c>:
/// <c>dotnet run --project src/VendorManager.Web -- approve-grant &lt;id&gt;</c>. The operator holds the key file and
/// could read everything anyway (decision 0014); the approval is audited as "operator:" and the system's user name.
/// </summary>
public sealed class GrantBootstrap(IServiceScopeFactory scopeFactory)
{
    /// <summary>The command line's verb.</summary>
    public const string Command = "approve-grant";

    /// <summary>
    /// Approves the pending grant <paramref name="id"/> as <paramref name="operatorName"/>, in the approver's role, when
    /// no user other than the requester and the grant's own user holds that role; the value is a reset's new password.
    /// </summary>
    public async Task<Result<string?>> ApproveAsync(int id, string operatorName, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var current = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        current.UseSystem();
        GrantRequest? grant;
        bool decidable;
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            grant = await db.GrantRequests.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id && g.Status == GrantStatus.Pending, cancellationToken);
            if (grant is null)
            {
                return Result<string?>.Fail($"No pending grant {id}.");
            }

            var approverRole = GrantRequest.ApproverRole(grant.Role);
            decidable = await db.UserRoles
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .AnyAsync(x => x.Name == approverRole && x.UserId != grant.RequestedById && x.UserId != grant.UserId, cancellationToken);
        }

        if (decidable)
        {
            // The operator is the approver of last resort, not a way around the app's own approvers.
            return Result<string?>.Fail($"A user of the role {GrantRequest.ApproverRole(grant.Role)} can decide grant {id} in the app (/grants).");
        }

        current.Set(Operator(operatorName, GrantRequest.ApproverRole(grant.Role)));
        return await scope.ServiceProvider.GetRequiredService<GrantService>().ApproveAsync(id, grant.Version, cancellationToken);
    }

    /// <summary>The operator as the app sees it for this one approval: the approver's role, bound to nothing.</summary>
    private static ClaimsPrincipal Operator(string name, string role) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, name), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role), new Claim(AppClaims.DisplayName, name)],
            Command));

    /// <summary>Runs the command with the app's configuration (the same database and key file); returns the exit code.</summary>
    public static async Task<int> RunAsync(WebApplicationBuilder builder, string grantId)
    {
        if (!int.TryParse(grantId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await Console.Error.WriteLineAsync($"Not a grant id: {grantId}");
            return 1;
        }

        await using var app = builder.Build();
        var result = await ActivatorUtilities.CreateInstance<GrantBootstrap>(app.Services)
            .ApproveAsync(id, "operator:" + Environment.UserName, CancellationToken.None);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"Not approved: {result.Describe()}");
            return 1;
        }

        await Console.Out.WriteLineAsync(result.Value is { } password
            ? $"Grant {id} approved. The new password, shown once; hand it to the user: {password}"
            : $"Grant {id} approved.");
        return 0;
    }
}
