using VendorManager.Domain.Staff;
using static VendorManager.Domain.Tests.Staff.StaffExamples;

namespace VendorManager.Domain.Tests.Staff;

public sealed class StaffMemberTests
{
    [Fact]
    public void A_new_person_keeps_the_masked_numbers_the_sealed_values_and_the_acknowledgement()
    {
        var person = Person();

        Assert.Equal("110105********002X", person.MaskedIdNumber);
        Assert.Equal("138****5678", person.MaskedMobile);
        Assert.Equal("pd1.k1.id", person.IdNumberCiphertext);
        Assert.Equal("lookup-hash", person.IdNumberLookup);
        Assert.Equal("pd1.k1.mobile", person.MobileCiphertext);
        Assert.Equal(StaffStatus.Active, person.Status);
        Assert.Equal(MorningOf(Today), person.PurposeAcknowledgedAt);
        Assert.Equal("agency1", person.PurposeAcknowledgedBy);
        Assert.Equal("2026-01", person.PurposeNoticeVersion);
    }

    [Fact]
    public void No_property_of_a_person_holds_a_number_in_clear()
    {
        var person = Person();
        var texts = typeof(StaffMember).GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string?)p.GetValue(person));

        Assert.DoesNotContain(texts, t => t is not null && (t.Contains("19491231002X") || t.Contains("13812345678")));
    }

    [Fact]
    public void The_name_is_trimmed_and_required()
    {
        Assert.Equal("李四", Person(name: "  李四 ").Name);
        Assert.Throws<ArgumentException>(() => Person(name: "  "));
    }

    [Fact]
    public void A_changed_mobile_replaces_its_masked_form_and_ciphertext()
    {
        var person = Person();

        person.ChangeMobile(MobileNumber.Parse("13900001111"), "pd1.k1.new");

        Assert.Equal("139****1111", person.MaskedMobile);
        Assert.Equal("pd1.k1.new", person.MobileCiphertext);
    }

    [Fact]
    public void Someone_who_left_is_due_for_erasure_only_after_the_full_retention_period()
    {
        var person = Person();
        person.Leave(Day("2023-03-31"));

        Assert.False(person.IsDueForErasure(Day("2026-03-31")));
        Assert.True(person.IsDueForErasure(Day("2026-04-01")));
        Assert.False(person.IsDueForErasure(Day("2024-03-31"), retentionYears: 1));
        Assert.True(person.IsDueForErasure(Day("2024-04-01"), retentionYears: 1));
    }

    [Fact]
    public void An_active_person_is_never_due_for_erasure()
    {
        Assert.False(Person().IsDueForErasure(Day("2099-01-01")));
    }

    [Fact]
    public void Erasure_removes_the_sealed_values_and_keeps_the_masked_forms_and_the_checks()
    {
        var person = Person();
        person.Passed("2022-06-20", "2022-07-01", "2023-06-30");
        person.Leave(Day("2023-03-31"));
        var at = MorningOf(Day("2026-04-01"));

        person.ErasePersonalInformation(at);

        Assert.Null(person.IdNumberCiphertext);
        Assert.Null(person.IdNumberLookup);
        Assert.Null(person.MobileCiphertext);
        Assert.Equal("110105********002X", person.MaskedIdNumber);
        Assert.Equal("138****5678", person.MaskedMobile);
        Assert.Equal(at, person.PersonalInformationErasedAt);
        Assert.Single(person.Checks);
        Assert.False(person.IsDueForErasure(Day("2026-04-02")));
    }

    [Fact]
    public void Erasing_twice_keeps_the_first_erasure_time()
    {
        var person = Person();
        person.Leave(Day("2023-03-31"));
        person.ErasePersonalInformation(MorningOf(Day("2026-04-01")));

        person.ErasePersonalInformation(MorningOf(Day("2026-04-02")));

        Assert.Equal(MorningOf(Day("2026-04-01")), person.PersonalInformationErasedAt);
    }

    [Fact]
    public void The_numbers_of_an_active_person_cannot_be_erased()
    {
        var person = Person();

        Assert.Throws<InvalidOperationException>(() => person.ErasePersonalInformation(MorningOf(Today)));
        Assert.NotNull(person.IdNumberCiphertext);
    }

    [Fact]
    public void After_erasure_the_numbers_cannot_be_changed_nor_the_person_reinstated()
    {
        var person = Person();
        person.Leave(Day("2023-03-31"));
        person.ErasePersonalInformation(MorningOf(Day("2026-04-01")));

        Assert.Throws<InvalidOperationException>(() => person.ChangeMobile(MobileNumber.Parse("13900001111"), "pd1.k1.new"));
        Assert.Equal(StaffRefusals.Erased, person.Reinstate().Refusal);
        Assert.Equal(StaffStatus.Left, person.Status);
    }

    [Fact]
    public void A_person_reinstated_before_erasure_is_active_again()
    {
        var person = Person();
        person.Leave(Day("2026-01-31"));

        person.Reinstate();

        Assert.Equal(StaffStatus.Active, person.Status);
        Assert.Null(person.LeftOn);
        Assert.True(person.IsActiveOn(Day("2026-02-01")));
    }
}
