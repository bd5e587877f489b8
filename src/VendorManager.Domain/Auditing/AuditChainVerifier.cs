namespace VendorManager.Domain.Auditing;

/// <summary>
/// Walks the audit log in sequence order and reports the first entry where the chain breaks:
/// a gap in the sequence, a link to the wrong predecessor, contents that no longer match the hash, or
/// a log that ends before the head anchored outside the database (its newest entries deleted).
/// Fed one entry at a time so that a long log can be streamed in pages; <see cref="Complete"/> after the last.
/// </summary>
/// <param name="chainKey">The key the links are sealed with; null checks plain SHA-256 links only.</param>
/// <param name="anchor">What the server recorded outside the database; null when it recorded nothing (a new log).</param>
public sealed class AuditChainVerifier(byte[]? chainKey = null, AuditAnchor? anchor = null)
{
    private long _expectedSequence = AuditEntry.GenesisSequence;
    private string _expectedPreviousHash = AuditEntry.GenesisHash;

    public long Checked { get; private set; }

    public AuditChainBreak? FirstBreak { get; private set; }

    public bool IsIntact => FirstBreak is null;

    /// <summary>Checks the next entry; returns false once the chain is broken (later entries are not looked at).</summary>
    public bool Check(AuditEntry entry)
    {
        if (FirstBreak is not null)
        {
            return false;
        }

        var reason =
            entry.Sequence != _expectedSequence ? AuditBreakReason.SequenceGap
            : entry.PreviousHash != _expectedPreviousHash ? AuditBreakReason.WrongPredecessor
            : !IsSealed(entry) || IsNotTheAnchoredHead(entry) ? AuditBreakReason.ContentsAltered
            : (AuditBreakReason?)null;

        if (reason is { } broken)
        {
            FirstBreak = new AuditChainBreak(_expectedSequence, entry.Sequence, broken);
            return false;
        }

        Checked++;
        _expectedSequence = entry.Sequence + 1;
        _expectedPreviousHash = entry.Hash;
        return true;
    }

    /// <summary>After the last entry: a log that ends below the anchored head lost its newest entries.</summary>
    public void Complete()
    {
        if (FirstBreak is null && anchor is { } anchored && anchored.HeadSequence >= _expectedSequence)
        {
            FirstBreak = new AuditChainBreak(_expectedSequence, _expectedSequence - 1, AuditBreakReason.Truncated);
        }
    }

    /// <summary>Checks entries to the end of the log, then <see cref="Complete"/>s; returns this verifier.</summary>
    public AuditChainVerifier CheckAll(IEnumerable<AuditEntry> entriesInSequence)
    {
        foreach (var entry in entriesInSequence)
        {
            if (!Check(entry))
            {
                return this;
            }
        }

        Complete();
        return this;
    }

    public static AuditChainVerifier VerifyAll(IEnumerable<AuditEntry> entriesInSequence, byte[]? chainKey = null, AuditAnchor? anchor = null) =>
        new AuditChainVerifier(chainKey, anchor).CheckAll(entriesInSequence);

    private bool IsSealed(AuditEntry entry)
    {
        if (chainKey is null)
        {
            return entry.ComputeHash() == entry.Hash;
        }

        // Entries older than the switch to the key keep their plain hash; they cannot be re-sealed unseen,
        // because the first keyed entry (or the anchored head) pins the hash of the last of them.
        return entry.ComputeHash(chainKey) == entry.Hash
            || (entry.Sequence < (anchor?.KeyedFrom ?? AuditEntry.GenesisSequence) && entry.ComputeHash() == entry.Hash);
    }

    private bool IsNotTheAnchoredHead(AuditEntry entry) =>
        anchor is { } anchored && anchored.HeadSequence == entry.Sequence && anchored.HeadHash != entry.Hash;
}

/// <summary>
/// What the server keeps outside the database about the log: the first entry sealed with the chain key,
/// and the newest entry it saw committed (sequence 0 before any). It may lag behind the log (another
/// instance wrote since), never run ahead of it.
/// </summary>
public sealed record AuditAnchor(long KeyedFrom, long HeadSequence, string HeadHash);

/// <summary>Where the chain first breaks: the sequence that was expected and the one found there.</summary>
public sealed record AuditChainBreak(long ExpectedSequence, long FoundSequence, AuditBreakReason Reason);

public enum AuditBreakReason
{
    /// <summary>An entry is missing (deleted) or one was inserted out of order.</summary>
    SequenceGap = 1,

    /// <summary>The entry points back to a hash that is not its predecessor's.</summary>
    WrongPredecessor = 2,

    /// <summary>The entry's fields were changed after it was written.</summary>
    ContentsAltered = 3,

    /// <summary>The log ends before the head anchored outside the database: its newest entries were deleted.</summary>
    Truncated = 4,
}
