namespace VendorManager.Web.Security;

/// <summary>Claims the sign-in adds beyond Identity's own, so the scope needs no database read.</summary>
public static class AppClaims
{
    public const string HostUnitId = "vm:host_unit";
    public const string AgencyId = "vm:agency";
    public const string DisplayName = "vm:display_name";

    /// <summary>Set only for calls authenticated by an API key: which key, for rate limiting and the API's policy.</summary>
    public const string ApiKeyId = "vm:api_key";
}
