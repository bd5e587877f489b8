using VendorManager.Domain.Auditing;

namespace VendorManager.Domain.Tests.Auditing;

public sealed class AuditEntryTests
{
    private static readonly DateTimeOffset NineInBeijing = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static AuditEntry Entry(AuditEntry? previous, DateTimeOffset occurredAt, string userName = "张三") =>
        new(previous, occurredAt, "u-42", userName, "Contract", "17", AuditAction.Update, [new AuditChange("Status", "Draft", "UnderReview")]);

    [Fact]
    public void The_changes_are_stored_as_camel_case_json_with_nulls_and_unescaped_chinese()
    {
        // The stored layout is what the log has always held and what its readers parse; a serializer change must not alter it.
        var entry = new AuditEntry(null, NineInBeijing, null, "系统", "HostUnit", "3", AuditAction.Insert,
            [new AuditChange("Name", null, "城关镇 \"东\" <街>"), new AuditChange("Code", null, "A&B")]);

        Assert.Equal("""[{"field":"Name","old":null,"new":"城关镇 \"东\" <街>"},{"field":"Code","old":null,"new":"A&B"}]""", entry.Changes);
        Assert.Equal([new AuditChange("Name", null, "城关镇 \"东\" <街>"), new AuditChange("Code", null, "A&B")], entry.ReadChanges());
    }

    [Fact]
    public void The_first_entry_is_sequence_one_and_points_back_to_the_genesis_hash()
    {
        var first = Entry(null, NineInBeijing);

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditEntry.GenesisHash, first.PreviousHash);
        Assert.Equal(new string('0', 64), AuditEntry.GenesisHash);
    }

    [Fact]
    public void Each_entry_follows_its_predecessor_in_sequence_and_hash()
    {
        var first = Entry(null, NineInBeijing);
        var second = Entry(first, NineInBeijing.AddSeconds(1));

        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.NotEqual(first.Hash, second.Hash);
    }

    [Fact]
    public void The_hash_is_sealed_at_creation_as_lowercase_sha256_hex()
    {
        var entry = Entry(null, NineInBeijing);

        Assert.Matches("^[0-9a-f]{64}$", entry.Hash);
        Assert.Equal(entry.ComputeHash(), entry.Hash);
    }

    [Fact]
    public void The_same_contents_give_the_same_hash()
    {
        Assert.Equal(Entry(null, NineInBeijing).Hash, Entry(null, NineInBeijing).Hash);
    }

    [Fact]
    public void Different_contents_give_a_different_hash()
    {
        Assert.NotEqual(Entry(null, NineInBeijing).Hash, Entry(null, NineInBeijing, userName: "李四").Hash);
        Assert.NotEqual(Entry(null, NineInBeijing).Hash, Entry(null, NineInBeijing.AddMicroseconds(1)).Hash);
    }

    [Fact]
    public void The_time_is_stored_in_utc_and_the_offset_it_was_given_in_does_not_change_the_hash()
    {
        var inBeijing = Entry(null, NineInBeijing);
        var inUtc = Entry(null, NineInBeijing.ToUniversalTime());

        Assert.Equal(TimeSpan.Zero, inBeijing.OccurredAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), inBeijing.OccurredAt);
        Assert.Equal(inUtc.Hash, inBeijing.Hash);
    }

    [Fact]
    public void An_entry_keeps_its_time_to_the_microsecond_so_its_hash_still_matches_when_a_database_stores_no_finer()
    {
        var entry = Entry(null, NineInBeijing.AddTicks(12_345_678));
        var stored = NineInBeijing.AddTicks(12_345_670).ToUniversalTime();

        Assert.Equal(stored, entry.OccurredAt);
        Assert.Equal(Entry(null, stored).Hash, entry.Hash);
    }

    [Fact]
    public void The_changes_read_back_as_they_were_written_with_chinese_kept_readable()
    {
        AuditChange[] changes =
        [
            new("Name", "城关镇政务号", "城关镇发布"),
            new("Phone", null, "138****5678"),
            new("Remark", "旧", null),
        ];

        var entry = new AuditEntry(null, NineInBeijing, null, "system", "Account", "5", AuditAction.Update, changes);

        Assert.Equal(changes, entry.ReadChanges());
        Assert.Contains("城关镇发布", entry.Changes, StringComparison.Ordinal);
    }
}
