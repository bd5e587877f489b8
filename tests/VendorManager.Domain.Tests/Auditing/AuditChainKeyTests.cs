using System.Globalization;
using VendorManager.Domain.Auditing;

namespace VendorManager.Domain.Tests.Auditing;

/// <summary>
/// The keyed chain (issue 27, probe 3): links sealed with a key the database does not hold, entries of
/// the time before the key, and the head anchored outside the database.
/// </summary>
public sealed class AuditChainKeyTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    /// <summary>Entries 1..count; those from <paramref name="keyedFrom"/> on sealed with the key, the earlier ones plain.</summary>
    private static List<AuditEntry> Chain(int count, int keyedFrom = 1)
    {
        var entries = new List<AuditEntry>();
        AuditEntry? previous = null;
        for (var i = 1; i <= count; i++)
        {
            previous = new AuditEntry(
                previous, Start.AddMinutes(i), "u-42", "张三", "Contract", i.ToString(CultureInfo.InvariantCulture), AuditAction.Update,
                [new AuditChange("MonthlyFee", "10000.00", "10001.00")], i >= keyedFrom ? Key : null);
            entries.Add(previous);
        }

        return entries;
    }

    private static AuditAnchor AnchorAt(List<AuditEntry> entries, long keyedFrom = 1) =>
        new(keyedFrom, entries[^1].Sequence, entries[^1].Hash);

    [Fact]
    public void A_keyed_chain_with_its_anchor_verifies()
    {
        var entries = Chain(4);

        var verifier = AuditChainVerifier.VerifyAll(entries, Key, AnchorAt(entries));

        Assert.True(verifier.IsIntact);
        Assert.Equal(4, verifier.Checked);
    }

    [Fact]
    public void Plain_entries_from_before_the_key_verify_and_the_keyed_ones_after_them()
    {
        var entries = Chain(5, keyedFrom: 3);

        var verifier = AuditChainVerifier.VerifyAll(entries, Key, AnchorAt(entries, keyedFrom: 3));

        Assert.True(verifier.IsIntact);
        Assert.Equal(5, verifier.Checked);
    }

    [Fact]
    public void A_keyed_entry_edited_and_resealed_without_the_key_is_altered_at_that_entry()
    {
        var entries = Chain(4);
        AuditRowTampering.SetColumnAndReseal(entries[1], nameof(AuditEntry.UserName), "李四");

        var verifier = AuditChainVerifier.VerifyAll(entries, Key, AnchorAt(entries));

        Assert.Equal(new AuditChainBreak(2, 2, AuditBreakReason.ContentsAltered), verifier.FirstBreak);
    }

    [Fact]
    public void An_entry_from_before_the_key_rewritten_with_its_plain_hash_breaks_the_link_of_the_first_keyed_entry()
    {
        var entries = Chain(4, keyedFrom: 3);
        var anchor = AnchorAt(entries, keyedFrom: 3);
        AuditRowTampering.SetColumnAndReseal(entries[1], nameof(AuditEntry.UserName), "李四");

        var verifier = AuditChainVerifier.VerifyAll(entries, Key, anchor);

        Assert.Equal(new AuditChainBreak(3, 3, AuditBreakReason.WrongPredecessor), verifier.FirstBreak);
    }

    [Fact]
    public void A_log_ending_before_the_anchored_head_is_truncated_after_its_last_entry()
    {
        var entries = Chain(5);
        var anchor = AnchorAt(entries);

        var verifier = AuditChainVerifier.VerifyAll(entries.Take(3), Key, anchor);

        Assert.Equal(new AuditChainBreak(4, 3, AuditBreakReason.Truncated), verifier.FirstBreak);
        Assert.Equal(3, verifier.Checked);
    }

    [Fact]
    public void An_anchor_behind_the_log_verifies_the_entries_after_it_by_their_links()
    {
        var entries = Chain(5);

        var verifier = AuditChainVerifier.VerifyAll(entries, Key, AnchorAt(entries[..3]));

        Assert.True(verifier.IsIntact);
        Assert.Equal(5, verifier.Checked);
    }

    [Fact]
    public void An_entry_that_differs_from_the_anchored_head_is_altered_there()
    {
        var entries = Chain(3);
        var anchor = new AuditAnchor(1, 3, new string('a', 64));

        var verifier = AuditChainVerifier.VerifyAll(entries, Key, anchor);

        Assert.Equal(new AuditChainBreak(3, 3, AuditBreakReason.ContentsAltered), verifier.FirstBreak);
    }
}
