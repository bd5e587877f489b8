using System.Security.Cryptography;
using System.Text;

namespace VendorManager.Web.Security.PersonalData;

/// <summary>
/// The keys that protect personal information (个人信息): separate from the data-protection keys
/// that protect cookies, and never stored in the database or its folder. The file holds one key
/// per line as <c>id:base64</c>; the first line is the key new values are encrypted with, later
/// lines are older keys kept so that values written under them can still be read.
/// </summary>
public sealed class PersonalDataKeyRing
{
    public const int KeySize = 32;
    private static readonly byte[] LookupInfo = Encoding.UTF8.GetBytes("VendorManager personal data lookup v1");

    private readonly Dictionary<string, byte[]> _keys;

    public PersonalDataKeyRing(IReadOnlyList<(string Id, byte[] Key)> keys)
    {
        if (keys.Count == 0)
        {
            throw new ArgumentException("At least one key is needed.", nameof(keys));
        }

        foreach (var (id, key) in keys)
        {
            if (key.Length != KeySize || string.IsNullOrWhiteSpace(id) || id.Contains(':', StringComparison.Ordinal) || id.Contains('.', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Key '{id}' must have an id without ':' or '.' and be {KeySize} bytes.", nameof(keys));
            }
        }

        CurrentId = keys[0].Id;
        OldestId = keys[^1].Id;
        _keys = keys.ToDictionary(k => k.Id, k => k.Key);
        // Lookups must find values whatever key encrypted them, so the lookup key comes from the
        // oldest key, which stays in the file for as long as any value written under it remains.
        LookupKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, keys[^1].Key, KeySize, salt: null, info: LookupInfo);
    }

    public string CurrentId { get; }

    public byte[] Current => _keys[CurrentId];

    /// <summary>The last line's key: kept for as long as anything derived from it must still be read.</summary>
    public string OldestId { get; }

    internal byte[] LookupKey { get; }

    public byte[]? Find(string id) => _keys.GetValueOrDefault(id);

    /// <summary>
    /// A key for another purpose than personal data (cookie keys, backups, the audit chain), derived (HKDF)
    /// from the key <paramref name="id"/>, so that the one key file is the server's one secret (decision 0014).
    /// </summary>
    public byte[] Derive(string id, string purpose) =>
        HKDF.DeriveKey(
            HashAlgorithmName.SHA256,
            Find(id) ?? throw new CryptographicException($"The key '{id}' is not in the key file."),
            KeySize,
            salt: null,
            info: Encoding.UTF8.GetBytes(purpose));

    public static PersonalDataKeyRing Parse(string text)
    {
        var keys = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split(':', 2))
            .Select(parts => parts.Length == 2
                ? (parts[0], Convert.FromBase64String(parts[1]))
                : throw new FormatException("Each key line must read id:base64."))
            .ToList();
        return new PersonalDataKeyRing(keys);
    }

    /// <summary>A new key file's text with one fresh random key.</summary>
    public static string NewFileText(DateOnly createdOn) =>
        "# VendorManager personal-data keys: first line encrypts, later lines only decrypt. Keep out of backups of the database.\n" +
        $"k{createdOn:yyyyMMdd}:{Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySize))}\n";
}
