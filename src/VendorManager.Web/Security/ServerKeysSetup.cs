using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VendorManager.Persistence;
using VendorManager.Persistence.Auditing;
using VendorManager.Web.Security.PersonalData;

namespace VendorManager.Web.Security;

/// <summary>
/// The keys the app derives (HKDF) from its one key file besides the personal-data keys, so that an
/// operator keeps one secret outside the database (decision 0014): the key that encrypts the cookie keys
/// stored in the database, and the audit chain's key, whose anchor file lies beside the key file.
/// </summary>
public static class ServerKeysSetup
{
    internal const string AuditChainPurpose = "VendorManager audit chain v1";

    /// <summary>The anchor file's setting; unset, audit-anchor.json beside the key file.</summary>
    public const string AuditAnchorFileSetting = "Audit:AnchorFile";

    public static IServiceCollection AddServerKeys(this IServiceCollection services, IConfiguration configuration)
    {
        // Sign-in cookies and antiforgery tokens must survive a restart and be read by every instance: the
        // key ring lives in the database (docs/DEPLOYMENT.md), encrypted under the key file's key.
        services.AddDataProtection().SetApplicationName("VendorManager").PersistKeysToDbContext<AppDbContext>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<PersonalDataKeyRing>((options, keys) => options.XmlEncryptor = new KeyRingXmlEncryptor(keys));
        services.AddSingleton(sp =>
        {
            var environment = sp.GetRequiredService<IHostEnvironment>();
            // Where the key file is said to be; the key ring refuses it there when it lies inside the data folder.
            var keyFile = Path.Combine(environment.ContentRootPath, sp.GetRequiredService<IOptions<PersonalDataOptions>>().Value.KeyFile);
            var anchor = configuration[AuditAnchorFileSetting] is { Length: > 0 } configured
                ? PersonalDataSetup.OutsideDataFolder(AuditAnchorFileSetting, configured, configuration, environment)
                : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(keyFile)!, "audit-anchor.json"));
            // From the oldest key, like the look-up hashes: the chain must verify across key rotations.
            return new AuditSeal(ChainKey, anchor);

            byte[] ChainKey()
            {
                var keys = sp.GetRequiredService<PersonalDataKeyRing>();
                return keys.Derive(keys.OldestId, AuditChainPurpose);
            }
        });
        return services;
    }

    /// <summary>
    /// Deletes the data-protection keys an earlier version stored with their secret in clear, before data
    /// protection loads its ring at start: a copy of the database taken before can then sign nothing that
    /// is still accepted. Users sign in again once; a fresh, encrypted key is made on first use.
    /// </summary>
    public static Task<int> RemoveKeysStoredInClearAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.DataProtectionKeys.Where(k => k.Xml != null && k.Xml.Contains("<masterKey")).ExecuteDeleteAsync(cancellationToken);
}
