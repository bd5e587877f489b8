using VendorManager.Domain.Auditing;

namespace VendorManager.Domain.Tests.Auditing;

public sealed class AuditChainVerifierTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A log of <paramref name="count"/> entries, sequences 1..count, each sealed on the one before.</summary>
    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        AuditEntry? previous = null;
        for (var i = 1; i <= count; i++)
        {
            previous = new AuditEntry(
                previous,
                Start.AddMinutes(i),
                userId: i % 2 == 1 ? "u-42" : null,
                userName: i % 2 == 1 ? "张三" : "system",
                entityType: "Contract",
                entityKey: i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                action: AuditAction.Update,
                changes: [new AuditChange("MonthlyFee", "10000.00", (10000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".00")]);
            entries.Add(previous);
        }

        return entries;
    }

    [Fact]
    public void An_untouched_chain_verifies()
    {
        var verifier = AuditChainVerifier.VerifyAll(Chain(5));

        Assert.True(verifier.IsIntact);
        Assert.Null(verifier.FirstBreak);
        Assert.Equal(5, verifier.Checked);
    }

    [Fact]
    public void An_empty_log_is_intact_with_nothing_checked()
    {
        var verifier = AuditChainVerifier.VerifyAll([]);

        Assert.True(verifier.IsIntact);
        Assert.Equal(0, verifier.Checked);
    }

    [Fact]
    public void Checking_one_entry_at_a_time_agrees_with_VerifyAll()
    {
        var verifier = new AuditChainVerifier();

        foreach (var entry in Chain(3))
        {
            Assert.True(verifier.Check(entry));
        }

        Assert.True(verifier.IsIntact);
        Assert.Equal(3, verifier.Checked);
    }

    [Theory]
    [InlineData(nameof(AuditEntry.Changes), """[{"field":"MonthlyFee","old":"10000.00","new":"99999.00"}]""")]
    [InlineData(nameof(AuditEntry.UserName), "李四")]
    [InlineData(nameof(AuditEntry.UserId), "u-7")]
    [InlineData(nameof(AuditEntry.UserId), null)]
    [InlineData(nameof(AuditEntry.EntityType), "Settlement")]
    [InlineData(nameof(AuditEntry.EntityKey), "999")]
    [InlineData(nameof(AuditEntry.Hash), "0000000000000000000000000000000000000000000000000000000000000001")]
    public void An_entry_edited_after_sealing_is_found_at_its_own_sequence(string column, string? value)
    {
        var entries = Chain(5);
        AuditRowTampering.SetColumn(entries[2], column, value);

        var verifier = AuditChainVerifier.VerifyAll(entries);

        Assert.False(verifier.IsIntact);
        Assert.Equal(new AuditChainBreak(3, 3, AuditBreakReason.ContentsAltered), verifier.FirstBreak);
        Assert.Equal(2, verifier.Checked);
    }

    [Fact]
    public void An_entry_whose_action_was_edited_is_found_as_altered()
    {
        var entries = Chain(5);
        AuditRowTampering.SetColumn(entries[2], nameof(AuditEntry.Action), AuditAction.Delete);

        var verifier = AuditChainVerifier.VerifyAll(entries);

        Assert.Equal(new AuditChainBreak(3, 3, AuditBreakReason.ContentsAltered), verifier.FirstBreak);
    }

    [Fact]
    public void An_entry_whose_time_was_moved_is_found_as_altered()
    {
        var entries = Chain(5);
        AuditRowTampering.SetColumn(entries[2], nameof(AuditEntry.OccurredAt), entries[2].OccurredAt.AddSeconds(-1));

        var verifier = AuditChainVerifier.VerifyAll(entries);

        Assert.Equal(new AuditChainBreak(3, 3, AuditBreakReason.ContentsAltered), verifier.FirstBreak);
    }

    [Fact]
    public void The_first_entry_edited_after_sealing_is_found_at_sequence_one()
    {
        var entries = Chain(3);
        AuditRowTampering.SetColumn(entries[0], nameof(AuditEntry.UserName), "admin");

        var verifier = AuditChainVerifier.VerifyAll(entries);

        Assert.Equal(new AuditChainBreak(1, 1, AuditBreakReason.ContentsAltered), verifier.FirstBreak);
        Assert.Equal(0, verifier.Checked);
    }

    [Fact]
    public void A_deleted_middle_entry_is_found_as_a_sequence_gap()
    {
        var entries = Chain(5);
        entries.RemoveAt(2);

        var verifier = AuditChainVerifier.VerifyAll(entries);

        Assert.Equal(new AuditChainBreak(3, 4, AuditBreakReason.SequenceGap), verifier.FirstBreak);
        Assert.Equal(2, verifier.Checked);
    }

    [Fact]
    public void A_deleted_first_entry_is_found_as_a_sequence_gap()
    {
        var entries = Chain(3);
        entries.RemoveAt(0);

        var verifier = AuditChainVerifier.VerifyAll(entries);

        Assert.Equal(new AuditChainBreak(1, 2, AuditBreakReason.SequenceGap), verifier.FirstBreak);
    }

    [Fact]
    public void Two_entries_swapped_are_found_as_a_sequence_gap()
    {
        var entries = Chain(4);
        (entries[1], entries[2]) = (entries[2], entries[1]);

        var verifier = AuditChainVerifier.VerifyAll(entries);

        Assert.Equal(new AuditChainBreak(2, 3, AuditBreakReason.SequenceGap), verifier.FirstBreak);
    }

    [Fact]
    public void A_deleted_entry_with_later_ones_renumbered_breaks_the_link_at_the_gap()
    {
        var entries = Chain(5);
        entries.RemoveAt(2);
        foreach (var later in entries.Skip(2))
        {
            AuditRowTampering.SetColumnAndReseal(later, nameof(AuditEntry.Sequence), later.Sequence - 1);
        }

        var verifier = AuditChainVerifier.VerifyAll(entries);

        Assert.Equal(new AuditChainBreak(3, 3, AuditBreakReason.WrongPredecessor), verifier.FirstBreak);
    }

    [Fact]
    public void A_forged_entry_resealed_with_a_recomputed_hash_breaks_the_next_link()
    {
        var entries = Chain(5);
        AuditRowTampering.SetColumnAndReseal(entries[2], nameof(AuditEntry.UserName), "李四");

        var verifier = AuditChainVerifier.VerifyAll(entries);

        Assert.Equal(new AuditChainBreak(4, 4, AuditBreakReason.WrongPredecessor), verifier.FirstBreak);
        Assert.Equal(3, verifier.Checked);
    }

    [Fact]
    public void An_entry_pointing_back_to_another_hash_is_found_as_a_wrong_predecessor()
    {
        var entries = Chain(3);
        AuditRowTampering.SetColumnAndReseal(entries[0], nameof(AuditEntry.PreviousHash), new string('f', 64));

        var verifier = AuditChainVerifier.VerifyAll(entries);

        Assert.Equal(new AuditChainBreak(1, 1, AuditBreakReason.WrongPredecessor), verifier.FirstBreak);
    }

    [Fact]
    public void Once_broken_the_verifier_refuses_every_later_entry_and_keeps_the_first_break()
    {
        var entries = Chain(5);
        AuditRowTampering.SetColumn(entries[1], nameof(AuditEntry.EntityKey), "x");
        AuditRowTampering.SetColumn(entries[3], nameof(AuditEntry.EntityKey), "y");
        var verifier = new AuditChainVerifier();

        var results = entries.Select(verifier.Check).ToList();

        Assert.Equal([true, false, false, false, false], results);
        Assert.Equal(new AuditChainBreak(2, 2, AuditBreakReason.ContentsAltered), verifier.FirstBreak);
        Assert.Equal(1, verifier.Checked);
    }
}
