using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Web.Security;
using VendorManager.Web.Security.PersonalData;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Security;

/// <summary>
/// The cookie keys (ASP.NET Core data protection) live in the database, so a copy of the database must
/// not carry them in clear: with them, anyone could sign a cookie for any user (issue 27, probe 1).
/// </summary>
public sealed class DataProtectionKeyEncryptionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_stored_key_ring_holds_no_master_key_in_clear()
    {
        await using var app = await TestApp.CreateAsync();
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("cookie");

        await using var db = app.CreateDbContext(UserScope.System);
        var xml = Assert.Single(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync(Ct));

        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_key_decrypts_with_the_servers_key_file_and_with_no_other()
    {
        await using var app = await TestApp.CreateAsync();
        var encrypted = await StoredSecretAsync(app);
        var otherKeyFile = new ServiceCollection()
            .AddSingleton(PersonalDataKeyRing.Parse(PersonalDataKeyRing.NewFileText(new DateOnly(2026, 11, 27))))
            .BuildServiceProvider();

        var decrypted = new KeyRingXmlDecryptor(app.Services).Decrypt(encrypted);

        Assert.Equal("masterKey", decrypted.Name.LocalName);
        Assert.ThrowsAny<CryptographicException>(() => new KeyRingXmlDecryptor(otherKeyFile).Decrypt(encrypted));
    }

    [Fact]
    public async Task Keys_an_earlier_version_stored_in_clear_are_removed_at_start_and_encrypted_ones_kept()
    {
        await using var app = await TestApp.CreateAsync();
        var encrypted = await StoredSecretAsync(app);
        await using var db = app.CreateDbContext(UserScope.System);
        var stored = await db.DataProtectionKeys.SingleAsync(Ct);
        // What an earlier version wrote: the same key with its secret in clear.
        var clear = XElement.Parse(stored.Xml!);
        clear.Descendants().Single(e => e.Name.LocalName == "encryptedSecret").ReplaceWith(new KeyRingXmlDecryptor(app.Services).Decrypt(encrypted));
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-from-an-earlier-version", Xml = clear.ToString() });
        await db.SaveChangesAsync(Ct);

        var removed = await ServerKeysSetup.RemoveKeysStoredInClearAsync(db, Ct);

        Assert.Equal(1, removed);
        Assert.Equal([stored.FriendlyName], await db.DataProtectionKeys.AsNoTracking().Select(k => k.FriendlyName).ToListAsync(Ct));
    }

    /// <summary>The encrypted secret of the key ring's one key, made by protecting something.</summary>
    private static async Task<XElement> StoredSecretAsync(TestApp app)
    {
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("cookie");
        await using var db = app.CreateDbContext(UserScope.System);
        var xml = XElement.Parse((await db.DataProtectionKeys.SingleAsync(Ct)).Xml!);
        return xml.Descendants().Single(e => e.Name.LocalName == "encryptedSecret").Elements().Single();
    }
}
