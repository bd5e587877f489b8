using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace VendorManager.Domain.Auditing;

/// <summary>
/// One line of the audit log (审计日志): who changed which record, when, and each field from what to
/// what. Entries are chained: each carries the hash of the one before, so an edited, removed or
/// inserted entry breaks the chain at that point. The hash is an HMAC under a key the database does not
/// hold, so a forger who edits a row cannot seal it again; entries written before the key existed keep
/// their plain SHA-256 (see <see cref="AuditChainVerifier"/>).
/// </summary>
public sealed class AuditEntry
{
    public const int GenesisSequence = 1;

    /// <summary>The hash the first entry points back to.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private AuditEntry()
    {
        UserName = string.Empty;
        EntityType = string.Empty;
        EntityKey = string.Empty;
        Changes = "[]";
        PreviousHash = GenesisHash;
        Hash = string.Empty;
    }

    /// <summary>
    /// Creates the entry that follows <paramref name="previous"/> (null for the first) and seals it with
    /// <paramref name="chainKey"/> (null: plain SHA-256, the scheme before the key).
    /// </summary>
    public AuditEntry(
        AuditEntry? previous,
        DateTimeOffset occurredAt,
        string? userId,
        string userName,
        string entityType,
        string entityKey,
        AuditAction action,
        IReadOnlyList<AuditChange> changes,
        byte[]? chainKey = null)
    {
        Sequence = previous is null ? GenesisSequence : previous.Sequence + 1;
        PreviousHash = previous?.Hash ?? GenesisHash;
        // Kept to the microsecond: PostgreSQL stores no finer, and the hash must still match the time read back.
        var utc = occurredAt.UtcTicks;
        OccurredAt = new DateTimeOffset(utc - (utc % TicksPerMicrosecond), TimeSpan.Zero);
        UserId = userId;
        UserName = userName;
        EntityType = entityType;
        EntityKey = entityKey;
        Action = action;
        Changes = AuditJson.Write(changes);
        Hash = ComputeHash(chainKey);
    }

    private const long TicksPerMicrosecond = TimeSpan.TicksPerMicrosecond;

    /// <summary>Position in the chain, 1, 2, 3, … without gaps; also the key.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>Null for the system's own jobs and for anonymous sign-in attempts.</summary>
    public string? UserId { get; private set; }

    public string UserName { get; private set; }

    public string EntityType { get; private set; }

    public string EntityKey { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>JSON array of <see cref="AuditChange"/>; sensitive values are already masked.</summary>
    public string Changes { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    public IReadOnlyList<AuditChange> ReadChanges() =>
        JsonSerializer.Deserialize<List<AuditChange>>(Changes, AuditJson.Options) ?? [];

    /// <summary>Plain SHA-256 over every field but the hash itself: how entries were sealed before the chain key.</summary>
    public string ComputeHash() => ComputeHash(chainKey: null);

    /// <summary>HMAC-SHA256 under <paramref name="chainKey"/> (plain SHA-256 when null) over every field but the hash itself, in a fixed, unambiguous layout.</summary>
    public string ComputeHash(byte[]? chainKey)
    {
        var canonical = string.Join(
            '\u001f',
            Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            OccurredAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            UserId ?? string.Empty,
            UserName,
            EntityType,
            EntityKey,
            Action.ToString(),
            Changes,
            PreviousHash);
        var bytes = Encoding.UTF8.GetBytes(canonical);
        return Convert.ToHexStringLower(chainKey is null ? SHA256.HashData(bytes) : HMACSHA256.HashData(chainKey, bytes));
    }
}

public enum AuditAction
{
    Insert = 1,
    Update = 2,
    Delete = 3,
}

/// <summary>One field's change. Old is null on insert, New is null on delete.</summary>
public sealed record AuditChange(string Field, string? Old, string? New);

/// <summary>
/// The changes' JSON: an array of <c>{"field", "old", "new"}</c> objects, nulls written, Chinese text not
/// escaped. Written by hand because a save of thousands of records writes thousands of entries, and the
/// serializer's general path was most of the time spent building them (docs/PERFORMANCE.md); read back
/// by the serializer with the same names.
/// </summary>
internal static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder };
    private static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText Old = JsonEncodedText.Encode("old");
    private static readonly JsonEncodedText New = JsonEncodedText.Encode("new");

    public static string Write(IReadOnlyList<AuditChange> changes)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + (64 * changes.Count));
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var change in changes)
            {
                json.WriteStartObject();
                json.WriteString(Field, change.Field);
                json.WriteString(Old, change.Old);
                json.WriteString(New, change.New);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
