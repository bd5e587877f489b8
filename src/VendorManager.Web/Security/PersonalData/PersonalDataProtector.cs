using System.Security.Cryptography;
using System.Text;

namespace VendorManager.Web.Security.PersonalData;

/// <summary>
/// Encrypts personal information (ID and phone numbers) with AES-GCM before it is stored, and
/// gives a keyed hash of it for uniqueness look-ups, so that the database holds neither in clear.
/// A stored value reads <c>pd1.{keyId}.{base64(nonce | ciphertext | tag)}</c>.
/// </summary>
public sealed class PersonalDataProtector(PersonalDataKeyRing keys)
{
    private const string Prefix = "pd1";

    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var sealedBytes = AesGcmSeal.Seal(keys.Current, Encoding.UTF8.GetBytes(plaintext), AssociatedData(keys.CurrentId));
        return $"{Prefix}.{keys.CurrentId}.{Convert.ToBase64String(sealedBytes)}";
    }

    /// <summary>Decrypts a stored value; throws <see cref="CryptographicException"/> when it was altered or its key is gone.</summary>
    public string Unprotect(string stored)
    {
        var parts = stored.Split('.', 3);
        if (parts.Length != 3 || parts[0] != Prefix)
        {
            throw new CryptographicException("Not a protected personal-data value.");
        }

        var key = keys.Find(parts[1]) ?? throw new CryptographicException($"The personal-data key '{parts[1]}' is not in the key file.");
        var clear = AesGcmSeal.Open(key, Convert.FromBase64String(parts[2]), AssociatedData(parts[1]));
        return Encoding.UTF8.GetString(clear);
    }

    /// <summary>HMAC-SHA256 of the normalized value: equal inputs give equal hashes, and nothing can be read back.</summary>
    public string LookupHash(string normalized) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.LookupKey, Encoding.UTF8.GetBytes(normalized)));

    // Binds the ciphertext to its key id, so a value cannot be relabelled to another key.
    private static byte[] AssociatedData(string keyId) => Encoding.UTF8.GetBytes(Prefix + "." + keyId);
}
