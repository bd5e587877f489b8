using VendorManager.Domain.Common;

namespace VendorManager.Domain.ApiKeys;

/// <summary>
/// The lifecycle of an API key (接口密钥): Active from its issue until the Admin revokes it, then Revoked for
/// good. Whether a live key may already act is its grant's business (decision 0015), not the machine's; nor is
/// who may revoke (<c>ApiKeyService</c>: the Admin).
/// </summary>
public sealed class ApiKeyLifecycle : Lifecycle<ApiKeyState, ApiKeyTrigger>
{
    private ApiKeyLifecycle(Func<ApiKeyState> read, Action<ApiKeyState> write)
        : base(read, write) => Configure();

    internal static ApiKeyLifecycle For(ApiKey key, Action<ApiKeyState> write) => new(() => key.State, write);

    /// <summary>The Mermaid diagram of the machine itself, for docs/apikey-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = ApiKeyState.Active;
        return new ApiKeyLifecycle(() => state, s => state = s).Mermaid();
    }

    private void Configure()
    {
        Machine.Configure(ApiKeyState.Active)
            .Permit(ApiKeyTrigger.Revoke, ApiKeyState.Revoked);
        Machine.Configure(ApiKeyState.Revoked);
    }
}

/// <summary>Where a key stands: derived from <see cref="ApiKey.RevokedAt"/>, so it is never stored twice.</summary>
public enum ApiKeyState
{
    /// <summary>有效 (or waiting for its approval)</summary>
    Active = 1,

    /// <summary>已吊销</summary>
    Revoked = 2,
}

public enum ApiKeyTrigger
{
    /// <summary>吊销</summary>
    Revoke = 1,
}
