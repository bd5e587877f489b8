using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.ApiKeys;
using VendorManager.Domain.Common;
using VendorManager.Domain.Grants;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.ApiKeys;

/// <summary>One key as the Admin's list shows it: never the secret, only its first characters.</summary>
public sealed record ApiKeyRow(
    int Id,
    string ClientName,
    string Role,
    string? HostUnitName,
    string? AgencyName,
    string Prefix,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt,
    GrantStatus? Approval,
    int Version,
    IReadOnlyList<ApiKeyTrigger> Actions)
{
    /// <summary>The resource key of the key's state; a revoked key is revoked whatever its approval.</summary>
    public string StatusKey => RevokedAt is not null ? "Status.Revoked" : Approval switch
    {
        GrantStatus.Approved => "Status.Active",
        GrantStatus.Refused => "Status.Refused",
        _ => "Status.Pending",
    };
}

/// <summary>A key just issued: the secret, shown this once and never stored.</summary>
public sealed record IssuedApiKey(int Id, string Secret, string Prefix);

public sealed record ApiKeyOption(int Id, string Name);

/// <summary>
/// API keys (接口密钥) for other systems: the Admin issues them (the secret is shown once, only its
/// SHA-256 is stored) and revokes them (<see cref="ApiKeyLifecycle"/>); both go through
/// <see cref="CommandPipeline"/> and are audited like every change. Every key has business scope, so it
/// is issued with a pending <see cref="GrantRequest"/> and authenticates only once a Supervisor approved
/// it (decision 0015).
/// </summary>
public sealed class ApiKeyService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<ApiKeyForm> validator,
    TimeProvider clock,
    IStringLocalizer<ApiKeysText> text,
    IStringLocalizer<SharedText> shared)
{
    public static bool MayManage(UserScope scope) => scope.Has(Permissions.ManageApiKeys);

    /// <summary>Every key, live ones first; a role that may not manage keys is refused, not shown an empty list.</summary>
    public async Task<PagedResult<ApiKeyRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayManage(db.Scope))
        {
            return PagedResult<ApiKeyRow>.Refused;
        }

        var keys = await db.ApiKeys.AsNoTracking()
            .OrderBy(ApiKey.Revoked).ThenByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Select(k => new
            {
                Key = k,
                HostUnitName = db.HostUnits.Where(u => u.Id == k.HostUnitId).Select(u => u.Name).FirstOrDefault(),
                AgencyName = db.Agencies.Where(a => a.Id == k.AgencyId).Select(a => a.Name).FirstOrDefault(),
                Approval = db.GrantRequests.Where(g => g.ApiKeyId == k.Id).OrderByDescending(g => g.Id).Select(g => (GrantStatus?)g.Status).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        List<ApiKeyRow> rows =
        [
            .. keys.Select(k => new ApiKeyRow(
                k.Key.Id, k.Key.ClientName, k.Key.Role, k.HostUnitName, k.AgencyName, k.Key.Prefix, k.Key.CreatedBy, k.Key.CreatedAt,
                k.Key.RevokedAt, k.Key.LastUsedAt, k.Approval, k.Key.Version,
                [.. k.Key.Actions().Where(a => a.CanFire).Select(a => a.Trigger)])),
        ];
        return new PagedResult<ApiKeyRow>(rows, rows.Count);
    }

    public async Task<IReadOnlyList<ApiKeyOption>> HostUnitsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return MayManage(db.Scope)
            ? await db.HostUnits.AsNoTracking().OrderBy(u => u.Name).Select(u => new ApiKeyOption(u.Id, u.Name)).ToListAsync(cancellationToken)
            : [];
    }

    public async Task<IReadOnlyList<ApiKeyOption>> AgenciesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return MayManage(db.Scope)
            ? await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new ApiKeyOption(a.Id, a.Name)).ToListAsync(cancellationToken)
            : [];
    }

    public async Task<Result<IssuedApiKey>> CreateAsync(ApiKeyForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayManage(db.Scope))
        {
            return Result<IssuedApiKey>.Fail(shared["Message.Forbidden"]);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<IssuedApiKey>.Invalid(validation);
        }

        if (form.HostUnitId is { } unit && !await db.HostUnits.AnyAsync(u => u.Id == unit, cancellationToken))
        {
            return Result<IssuedApiKey>.Invalid(nameof(ApiKeyForm.HostUnitId), shared["Message.NotFound"]);
        }

        if (form.AgencyId is { } agency && !await db.Agencies.AnyAsync(a => a.Id == agency, cancellationToken))
        {
            return Result<IssuedApiKey>.Invalid(nameof(ApiKeyForm.AgencyId), shared["Message.NotFound"]);
        }

        var (key, secret, refusal) = ApiKey.Issue(form.ClientName, form.Role!, form.HostUnitId, form.AgencyId, db.Scope.UserName, clock.GetUtcNow());
        if (key is null)
        {
            return Result<IssuedApiKey>.Invalid(refusal switch
            {
                ApiKeyRefusal.ClientName => nameof(ApiKeyForm.ClientName),
                ApiKeyRefusal.HostUnit => nameof(ApiKeyForm.HostUnitId),
                ApiKeyRefusal.Agency => nameof(ApiKeyForm.AgencyId),
                _ => nameof(ApiKeyForm.Role),
            }, text["Refusal." + refusal]);
        }

        db.ApiKeys.Add(key);
        db.GrantRequests.Add(GrantRequest.ForApiKey(key, db.Scope, clock.GetUtcNow()));
        var saved = (await pipeline.SaveAsync(db, cancellationToken)).Result;
        return saved.Succeeded ? Result<IssuedApiKey>.Ok(new IssuedApiKey(key.Id, secret!, key.Prefix)) : Result<IssuedApiKey>.Fail(saved.Describe());
    }

    /// <summary>Revokes a key at once: the next call with it is refused.</summary>
    public async Task<Result> RevokeAsync(int id, int version, CancellationToken cancellationToken) =>
        (await pipeline.RunAsync(
            new Command<ApiKey>(
                (db, ct) => db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct),
                (scope, _) => MayManage(scope),
                version,
                (db, key, _) => Task.FromResult(key.Revoke(db.Scope.UserName, clock.GetUtcNow())),
                text),
            cancellationToken)).Result;
}
