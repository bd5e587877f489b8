namespace VendorManager.Domain.Auditing;

/// <summary>
/// Walks the audit log in sequence order and reports the first entry where the chain breaks:
/// a gap in the sequence, a link to the wrong predecessor, or contents that no longer match the hash.
/// Fed one entry at a time so that a long log can be streamed in pages.
/// </summary>
public sealed class AuditChainVerifier
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
            : entry.ComputeHash() != entry.Hash ? AuditBreakReason.ContentsAltered
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

    public static AuditChainVerifier VerifyAll(IEnumerable<AuditEntry> entriesInSequence)
    {
        var verifier = new AuditChainVerifier();
        foreach (var entry in entriesInSequence)
        {
            if (!verifier.Check(entry))
            {
                break;
            }
        }

        return verifier;
    }
}

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
}
