using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Auditing;

namespace VendorManager.Persistence.Auditing;

/// <summary>
/// The part of the audit chain the database does not hold: the key its links are sealed with (HMAC),
/// and the anchor file that remembers the newest committed entry, so that a forger who can edit the
/// database can neither re-seal an edited entry nor delete the newest ones unseen. The anchor is
/// written after each committed batch (no fsync: a crash may leave it one batch behind, which the
/// verifier accepts, since an anchor only has to be no newer than the log).
/// </summary>
/// <param name="chainKey">Read when first needed: a context can be made (and a database migrated) before the key file is checked.</param>
public sealed class AuditSeal(Func<byte[]> chainKey, string anchorFile)
{
    private readonly Lock _gate = new();
    private readonly Lazy<byte[]> _chainKey = new(chainKey);
    private AuditAnchor? _anchored;

    internal byte[] ChainKey => _chainKey.Value;

    /// <summary>A verifier for the log as it stands. Read the log after this: every entry the anchor names is committed by then.</summary>
    public AuditChainVerifier NewVerifier() => new(ChainKey, ReadAnchor());

    public AuditAnchor? ReadAnchor()
    {
        if (!File.Exists(anchorFile))
        {
            return null;
        }

        return JsonSerializer.Deserialize<AuditAnchor>(File.ReadAllText(anchorFile))
            ?? throw new InvalidDataException($"The audit anchor {anchorFile} is empty.");
    }

    /// <summary>
    /// At start: anchors a log that has no anchor yet at its newest entry. The entries already there
    /// (an older version's, sealed without the key) are trusted as they are now; every later one is keyed.
    /// With <paramref name="newDatabaseResets"/> (Development, where a developer deletes the database to
    /// start again) an empty log also resets the anchor; elsewhere an empty log under an anchor stays a
    /// truncation to report, and starting a new database means deleting the anchor file on purpose.
    /// </summary>
    public async Task EnsureAnchoredAsync(AppDbContext db, bool newDatabaseResets, CancellationToken cancellationToken)
    {
        var anchored = File.Exists(anchorFile);
        if (anchored && !newDatabaseResets)
        {
            return;
        }

        var newest = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        if (!anchored)
        {
            Advance(new AuditHead((newest?.Sequence ?? 0) + 1, newest?.Sequence ?? 0, newest?.Hash ?? AuditEntry.GenesisHash));
        }
        else if (newest is null)
        {
            lock (_gate)
            {
                Write(new AuditAnchor(AuditEntry.GenesisSequence, 0, AuditEntry.GenesisHash));
            }
        }
    }

    /// <summary>After a commit: its newest entry becomes the anchored head, unless a newer one already is.</summary>
    internal void Advance(AuditHead committed)
    {
        lock (_gate)
        {
            _anchored ??= ReadAnchor();
            if (_anchored is { } current && current.HeadSequence >= committed.Sequence)
            {
                return;
            }

            Write(new AuditAnchor(_anchored?.KeyedFrom ?? committed.FirstSequence, committed.Sequence, committed.Hash));
        }
    }

    /// <summary>After a restore from a backup: the log now legitimately ends at the restored newest entry, perhaps below the anchor.</summary>
    public void Restart(long headSequence, string? headHash)
    {
        lock (_gate)
        {
            _anchored ??= ReadAnchor();
            Write(new AuditAnchor(_anchored?.KeyedFrom ?? headSequence + 1, headSequence, headHash ?? AuditEntry.GenesisHash));
        }
    }

    private void Write(AuditAnchor anchor)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(anchorFile)!);
        // Written aside and moved over: a reader, or another instance sharing the folder, never sees half a file.
        var written = $"{anchorFile}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(written, JsonSerializer.Serialize(anchor));
        File.Move(written, anchorFile, overwrite: true);
        _anchored = anchor;
    }
}

/// <summary>A batch of entries written in a transaction not yet committed: its first sequence, and its newest entry.</summary>
internal sealed record AuditHead(long FirstSequence, long Sequence, string Hash);
