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
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var clear = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceSize + clear.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.Current, TagSize);
        aes.Encrypt(nonce, clear, sealedBytes.AsSpan(NonceSize, clear.Length), sealedBytes.AsSpan(NonceSize + clear.Length), AssociatedData(keys.CurrentId));
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
        var sealedBytes = Convert.FromBase64String(parts[2]);
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The protected value is truncated.");
        }

        var length = sealedBytes.Length - NonceSize - TagSize;
        var clear = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(
            sealedBytes.AsSpan(0, NonceSize),
            sealedBytes.AsSpan(NonceSize, length),
            sealedBytes.AsSpan(NonceSize + length),
            clear,
            AssociatedData(parts[1]));
        return Encoding.UTF8.GetString(clear);
    }

    /// <summary>HMAC-SHA256 of the normalized value: equal inputs give equal hashes, and nothing can be read back.</summary>
    public string LookupHash(string normalized) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.LookupKey, Encoding.UTF8.GetBytes(normalized)));

    // Binds the ciphertext to its key id, so a value cannot be relabelled to another key.
    private static byte[] AssociatedData(string keyId) => Encoding.UTF8.GetBytes(Prefix + "." + keyId);
}
