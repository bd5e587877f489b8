using VendorManager.Domain.Posts;
using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Tests.Posts;

public sealed class TextCheckTests
{
    // GB 11643's own example; valid with the check character X.
    private const string IdNumber = "11010519491231002X";

    private static readonly TextCheck Check = new(
    [
        new(CheckCategory.SeriousMisstatement, "中国共产党党中央", "党中央", "固定表述"),
        new(CheckCategory.Misspelling, "既使", "即使"),
        new(CheckCategory.AdvertisingTerm, "最佳"),
        new(CheckCategory.AdvertisingTerm, "国家级"),
        new(CheckCategory.SecrecyMarking, "机密"),
        new(CheckCategory.SecrecyMarking, "绝密"),
        new(CheckCategory.SecrecyMarking, "内部资料"),
        new(CheckCategory.SensitiveWord, "内部"),
    ]);

    [Fact]
    public void A_listed_wrong_form_is_found_at_its_position_with_its_category_and_right_form()
    {
        var hits = Check.Check("今天既使下雨也要出发");

        var hit = Assert.Single(hits);
        Assert.Equal(new CheckHit(2, 2, CheckCategory.Misspelling, "既使", "即使", null), hit);
        Assert.False(hit.BlocksApproval);
    }

    [Fact]
    public void Every_hit_in_a_text_is_returned_in_text_order_not_only_the_first()
    {
        var hits = Check.Check("最佳服务，既使是机密，也是最佳；绝密。");

        Assert.Equal(
            [(0, "最佳"), (5, "既使"), (8, "机密"), (13, "最佳"), (16, "绝密")],
            hits.Select(h => (h.Start, h.Found)));
    }

    [Fact]
    public void Nested_and_overlapping_terms_are_all_reported_the_longer_first_where_they_start_together()
    {
        var check = new TextCheck(
        [
            new(CheckCategory.AdvertisingTerm, "国家级"),
            new(CheckCategory.AdvertisingTerm, "家级"),
            new(CheckCategory.SensitiveWord, "级别"),
            new(CheckCategory.SecrecyMarking, "内部资料"),
            new(CheckCategory.SensitiveWord, "内部"),
        ]);

        var hits = check.Check("国家级别的内部资料");

        Assert.Equal(
            [(0, 3, "国家级"), (1, 2, "家级"), (2, 2, "级别"), (5, 4, "内部资料"), (5, 2, "内部")],
            hits.Select(h => (h.Start, h.Length, h.Found)));
    }

    [Fact]
    public void Overlapping_occurrences_of_one_term_are_each_reported()
    {
        var check = new TextCheck([new(CheckCategory.SensitiveWord, "哈哈")]);

        Assert.Equal([0, 1, 2], check.Check("哈哈哈哈").Select(h => h.Start));
    }

    [Fact]
    public void A_wrong_form_listed_under_two_categories_is_reported_under_both()
    {
        var check = new TextCheck([new(CheckCategory.SensitiveWord, "机密"), new(CheckCategory.SecrecyMarking, "机密")]);

        Assert.Equal([CheckCategory.SensitiveWord, CheckCategory.SecrecyMarking], check.Check("机密").Select(h => h.Category));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("一段没有问题的文字。")]
    public void A_text_without_listed_words_or_personal_numbers_has_no_hits(string? text)
    {
        Assert.Empty(Check.Check(text));
    }

    [Fact]
    public void An_empty_word_list_still_finds_personal_numbers()
    {
        Assert.Single(new TextCheck([]).Check("电话13812345678"));
    }

    [Theory]
    [InlineData(CheckCategory.SeriousMisstatement, true)]
    [InlineData(CheckCategory.Misspelling, false)]
    [InlineData(CheckCategory.SensitiveWord, false)]
    [InlineData(CheckCategory.AdvertisingTerm, false)]
    [InlineData(CheckCategory.PersonalInformation, true)]
    [InlineData(CheckCategory.SecrecyMarking, true)]
    public void Serious_misstatements_personal_information_and_secrecy_markings_block_approval(CheckCategory category, bool blocks)
    {
        Assert.Equal(blocks, category.BlocksApproval());
    }

    [Fact]
    public void A_secrecy_marking_in_a_text_is_a_blocking_hit()
    {
        Assert.True(Assert.Single(Check.Check("（绝密）会议纪要")).BlocksApproval);
    }

    [Fact]
    public void A_checksum_valid_id_number_is_a_blocking_personal_information_hit_with_the_number_masked()
    {
        var hit = Assert.Single(Check.Check($"身份证号{IdNumber}，请核对"));

        Assert.Equal(new CheckHit(4, 18, CheckCategory.PersonalInformation, "110105********002X", null, "居民身份证号码"), hit);
        Assert.True(hit.BlocksApproval);
    }

    [Theory]
    [InlineData("身份证号11010519491231002x。")]
    [InlineData("身份证号１１０１０５１９４９１２３１００２Ｘ")]
    public void An_id_number_with_a_lower_case_x_or_in_full_width_digits_is_found(string text)
    {
        Assert.Equal(CheckCategory.PersonalInformation, Assert.Single(Check.Check(text)).Category);
    }

    [Theory]
    [InlineData("身份证号110105194912310021")] // the check character should be X
    [InlineData("编号1101051949123100217")] // 19 digits: a longer number, not an ID
    [InlineData("编号911010519491231002X")] // a digit before a valid ID
    [InlineData("编号11010519491231002Xa")] // the X goes on into a code
    [InlineData("身份证号110105194913310029")] // no 31st of month 13
    public void A_digit_run_that_is_not_exactly_a_valid_id_number_is_not_a_hit(string text)
    {
        Assert.Empty(Check.Check(text));
    }

    [Fact]
    public void A_valid_mobile_number_is_a_personal_information_hit_with_the_number_masked()
    {
        var hit = Assert.Single(Check.Check("联系电话：13812345678。"));

        Assert.Equal(new CheckHit(5, 11, CheckCategory.PersonalInformation, "138****5678", null, "手机号码"), hit);
        Assert.True(MobileNumber.IsValid("13812345678"));
    }

    [Theory]
    [InlineData("电话138 1234 5678。")]
    [InlineData("电话138-1234-5678")]
    [InlineData("电话１３８-１２３４-５６７８")]
    public void A_mobile_number_written_in_groups_is_found_over_its_whole_length(string text)
    {
        Assert.Equal(new CheckHit(2, 13, CheckCategory.PersonalInformation, "138****5678", null, "手机号码"), Assert.Single(Check.Check(text)));
    }

    [Theory]
    [InlineData("账号138123456789")] // 12 digits
    [InlineData("账号013812345678")] // the run starts before the 1
    [InlineData("号码12812345678")] // 12 is no mobile prefix
    [InlineData("座机0571-88888888")]
    [InlineData("编号138-1234-5678-9")] // the groups go on
    [InlineData("编号0-138-1234-5678")]
    [InlineData("编号138 12345678")] // not in groups of 3-4-4
    [InlineData("编号138-1234 5678")] // two different separators
    [InlineData("编号128-1234-5678")]
    public void A_digit_run_that_is_not_exactly_a_valid_mobile_number_is_not_a_hit(string text)
    {
        Assert.Empty(Check.Check(text));
    }

    [Fact]
    public void Word_hits_and_personal_numbers_come_together_in_text_order()
    {
        var hits = Check.Check($"13812345678机密{IdNumber}最佳");

        Assert.Equal(
            [(0, CheckCategory.PersonalInformation), (11, CheckCategory.SecrecyMarking), (13, CheckCategory.PersonalInformation), (31, CheckCategory.AdvertisingTerm)],
            hits.Select(h => (h.Start, h.Category)));
    }

    [Fact]
    public void One_check_gives_the_same_hits_to_many_threads_at_once()
    {
        const string text = "最佳服务，既使是机密，也是最佳；绝密。联系13812345678";
        var expected = Check.Check(text);

        var results = new IReadOnlyList<CheckHit>[64];
        Parallel.For(0, results.Length, i => results[i] = Check.Check(text));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Personal_information_cannot_be_a_word_list_entry_and_a_wrong_form_cannot_be_empty()
    {
        Assert.Throws<ArgumentException>(() => new WordListEntry(CheckCategory.PersonalInformation, "13812345678"));
        Assert.Throws<ArgumentException>(() => new WordListEntry(CheckCategory.Misspelling, " "));
    }
}
