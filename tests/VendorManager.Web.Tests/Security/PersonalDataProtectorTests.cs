using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Web.Security.PersonalData;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Security;

public sealed class PersonalDataProtectorTests
{
    private static PersonalDataProtector NewProtector(out PersonalDataKeyRing ring)
    {
        ring = PersonalDataKeyRing.Parse(PersonalDataKeyRing.NewFileText(new DateOnly(2026, 11, 27)));
        return new PersonalDataProtector(ring);
    }

    [Fact]
    public void A_protected_id_number_reads_back_and_is_not_in_the_stored_text()
    {
        var protector = NewProtector(out _);

        var stored = protector.Protect("11010519491231002X");

        Assert.DoesNotContain("11010519491231002X", stored, StringComparison.Ordinal);
        Assert.StartsWith("pd1.k20261127.", stored, StringComparison.Ordinal);
        Assert.Equal("11010519491231002X", protector.Unprotect(stored));
    }

    [Fact]
    public void The_same_number_protected_twice_gives_different_stored_texts_but_one_lookup_hash()
    {
        var protector = NewProtector(out _);

        Assert.NotEqual(protector.Protect("13812345678"), protector.Protect("13812345678"));
        Assert.Equal(protector.LookupHash("13812345678"), protector.LookupHash("13812345678"));
        Assert.NotEqual(protector.LookupHash("13812345678"), protector.LookupHash("13812345679"));
    }

    [Fact]
    public void An_altered_stored_value_is_refused()
    {
        var protector = NewProtector(out _);
        var stored = protector.Protect("13812345678");
        var bytes = Convert.FromBase64String(stored.Split('.')[2]);
        bytes[^1] ^= 1;

        var altered = string.Join('.', stored.Split('.')[..2]) + "." + Convert.ToBase64String(bytes);

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(altered));
    }

    [Fact]
    public void After_a_key_rotation_old_values_still_read_and_lookups_still_match()
    {
        var oldRing = PersonalDataKeyRing.Parse(PersonalDataKeyRing.NewFileText(new DateOnly(2025, 1, 1)));
        var old = new PersonalDataProtector(oldRing);
        var stored = old.Protect("13812345678");
        // The new key goes first; the old one stays below it.
        var rotatedText = PersonalDataKeyRing.NewFileText(new DateOnly(2026, 11, 27))
            + $"k20250101:{Convert.ToBase64String(oldRing.Current)}\n";

        var rotated = new PersonalDataProtector(PersonalDataKeyRing.Parse(rotatedText));

        Assert.Equal("13812345678", rotated.Unprotect(stored));
        Assert.StartsWith("pd1.k20261127.", rotated.Protect("13812345678"), StringComparison.Ordinal);
        Assert.Equal(old.LookupHash("13812345678"), rotated.LookupHash("13812345678"));
    }

    [Fact]
    public async Task In_development_the_key_file_is_created_outside_the_data_folder()
    {
        await using var app = await TestApp.CreateAsync();

        var protector = app.Services.GetRequiredService<PersonalDataProtector>();

        Assert.Equal("13812345678", protector.Unprotect(protector.Protect("13812345678")));
    }

    [Fact]
    public async Task A_key_file_inside_the_data_folder_is_refused()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?>
        {
            ["PersonalData:KeyFile"] = Path.Combine("data", "personal-data.key"),
        });

        var refused = Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService<PersonalDataProtector>());

        Assert.Contains("inside the data folder", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_a_missing_key_file_is_not_invented()
    {
        await using var app = await TestApp.CreateAsync(new Dictionary<string, string?>
        {
            ["PersonalData:CreateKeyFileIfMissing"] = "false",
        });

        var refused = Assert.Throws<InvalidOperationException>(() => app.Services.GetRequiredService<PersonalDataProtector>());

        Assert.Contains("does not exist", refused.Message, StringComparison.Ordinal);
    }
}
