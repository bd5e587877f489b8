using System.Security.Cryptography;

namespace VendorManager.Web.Security;

/// <summary>
/// AES-GCM as every key of the app uses it: a random 96-bit nonce, the ciphertext and a 128-bit tag in
/// one array, bound to associated data (a key id, a position) so that a sealed value cannot be moved.
/// </summary>
internal static class AesGcmSeal
{
    public const int NonceSize = 12;
    public const int TagSize = 16;

    public static byte[] Seal(byte[] key, ReadOnlySpan<byte> clear, ReadOnlySpan<byte> associatedData)
    {
        var sealedBytes = new byte[NonceSize + clear.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, clear, sealedBytes.AsSpan(NonceSize, clear.Length), sealedBytes.AsSpan(NonceSize + clear.Length), associatedData);
        return sealedBytes;
    }

    /// <summary>Throws <see cref="CryptographicException"/> when the value was altered, cut short or sealed under another key.</summary>
    public static byte[] Open(byte[] key, ReadOnlySpan<byte> sealedBytes, ReadOnlySpan<byte> associatedData)
    {
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("The protected value is truncated.");
        }

        var length = sealedBytes.Length - NonceSize - TagSize;
        var clear = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes[..NonceSize], sealedBytes.Slice(NonceSize, length), sealedBytes[(NonceSize + length)..], clear, associatedData);
        return clear;
    }
}
