using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using VendorManager.Web.Security;
using VendorManager.Web.Security.PersonalData;

namespace VendorManager.Web.Features.Backup;

/// <summary>
/// Encrypts a backup so that a downloaded copy is useless without the server's key file (decision 0014):
/// AES-GCM in chunks of 64 KiB, streamed, under a key derived from the key file. The header names the key
/// file's key; each chunk is bound to the header, its position and whether it is the last, so chunks
/// cannot be reordered, dropped or cut off unnoticed.
/// Layout: <c>VMBACKUP</c> | version | key id length | key id | chunks of [last? | sealed length | nonce, ciphertext, tag].
/// </summary>
public sealed class BackupCipher(PersonalDataKeyRing keys)
{
    internal const string Purpose = "VendorManager backup v1";
    private const int ChunkSize = 64 * 1024;
    private const byte Version = 1;
    private const int ChunkPrefixSize = 1 + sizeof(int);
    private static readonly byte[] Magic = "VMBACKUP"u8.ToArray();

    /// <summary>Encrypts the <paramref name="length"/> bytes of <paramref name="clear"/> into <paramref name="destination"/>.</summary>
    public async Task EncryptAsync(Stream clear, long length, Stream destination, CancellationToken cancellationToken)
    {
        var header = Header(keys.CurrentId);
        var key = keys.Derive(keys.CurrentId, Purpose);
        await destination.WriteAsync(header, cancellationToken);
        var buffer = new byte[ChunkSize];
        var prefix = new byte[ChunkPrefixSize];
        var remaining = length;
        for (long index = 0; ; index++)
        {
            var size = (int)Math.Min(ChunkSize, remaining);
            await clear.ReadExactlyAsync(buffer.AsMemory(0, size), cancellationToken);
            remaining -= size;
            var last = remaining == 0;
            var sealedChunk = AesGcmSeal.Seal(key, buffer.AsSpan(0, size), ChunkData(header, index, last));
            prefix[0] = last ? (byte)1 : (byte)0;
            BinaryPrimitives.WriteInt32BigEndian(prefix.AsSpan(1), sealedChunk.Length);
            await destination.WriteAsync(prefix, cancellationToken);
            await destination.WriteAsync(sealedChunk, cancellationToken);
            if (last)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Decrypts a backup into <paramref name="destination"/>; throws <see cref="InvalidDataException"/> for
    /// a file that is no backup, is cut off, or was made under a key the key file no longer holds, and
    /// <see cref="CryptographicException"/> for one that was altered.
    /// </summary>
    public async Task DecryptAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        var start = new byte[Magic.Length + 2];
        await ReadAsync(source, start, cancellationToken);
        if (!start.AsSpan(0, Magic.Length).SequenceEqual(Magic) || start[Magic.Length] != Version)
        {
            throw new InvalidDataException("This file is not a VendorManager backup.");
        }

        var idBytes = new byte[start[^1]];
        await ReadAsync(source, idBytes, cancellationToken);
        var id = Encoding.UTF8.GetString(idBytes);
        if (keys.Find(id) is null)
        {
            throw new InvalidDataException($"The backup was encrypted with key '{id}', which the key file does not hold.");
        }

        var header = Header(id);
        var key = keys.Derive(id, Purpose);
        var prefix = new byte[ChunkPrefixSize];
        for (long index = 0; ; index++)
        {
            await ReadAsync(source, prefix, cancellationToken);
            var last = prefix[0] == 1;
            var sealedLength = BinaryPrimitives.ReadInt32BigEndian(prefix.AsSpan(1));
            if (sealedLength is < AesGcmSeal.NonceSize + AesGcmSeal.TagSize or > ChunkSize + AesGcmSeal.NonceSize + AesGcmSeal.TagSize)
            {
                throw new InvalidDataException("The backup is damaged: a chunk has an impossible length.");
            }

            var sealedChunk = new byte[sealedLength];
            await ReadAsync(source, sealedChunk, cancellationToken);
            await destination.WriteAsync(AesGcmSeal.Open(key, sealedChunk, ChunkData(header, index, last)), cancellationToken);
            if (last)
            {
                if (await source.ReadAsync(prefix.AsMemory(0, 1), cancellationToken) != 0)
                {
                    throw new InvalidDataException("The backup is damaged: data follows its last chunk.");
                }

                return;
            }
        }
    }

    private static byte[] Header(string keyId)
    {
        var id = Encoding.UTF8.GetBytes(keyId);
        return [.. Magic, Version, checked((byte)id.Length), .. id];
    }

    private static byte[] ChunkData(byte[] header, long index, bool last)
    {
        var data = new byte[header.Length + sizeof(long) + 1];
        header.CopyTo(data, 0);
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(header.Length), index);
        data[^1] = last ? (byte)1 : (byte)0;
        return data;
    }

    private static async Task ReadAsync(Stream source, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            await source.ReadExactlyAsync(buffer, cancellationToken);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The backup is cut off before its end.", e);
        }
    }
}
