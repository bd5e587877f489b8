using VendorManager.Domain.Accounts;

namespace VendorManager.Domain.Tests.Accounts;

public sealed class MonthlyActivityCsvTests
{
    private const string Header = "account id,month,posts,last_post_date,messages_received,messages_answered";
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static MonthlyActivityCsvResult Read(params string[] lines) =>
        MonthlyActivityCsv.Read(new StringReader(string.Join("\r\n", lines)), Today);

    [Fact]
    public void A_good_file_gives_every_row_with_its_line_and_no_errors()
    {
        var result = Read(
            Header,
            "12,2026-02,31,2026-02-28,40,38",
            "13,2026-02,0,,0,0",
            "12,2026-03,4,2026/3/9,2,2");

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Rows.Count);
        Assert.Equal(new MonthlyActivityRow(2, 12, new DateOnly(2026, 2, 1), 31, new DateOnly(2026, 2, 28), 40, 38), result.Rows[0]);
        Assert.Null(result.Rows[1].LastPostOn);
        Assert.Equal(new DateOnly(2026, 3, 9), result.Rows[2].LastPostOn);
    }

    [Fact]
    public void Quoted_fields_a_byte_order_mark_a_snake_case_header_and_blank_lines_are_accepted()
    {
        var result = Read(
            "\uFEFFaccount_id,Month,posts,last_post_date,messages_received,messages_answered",
            "\"12\",\"2026-02\", 3 ,\"2026-02-10\",1,1",
            "",
            "   ");

        Assert.True(result.Succeeded);
        Assert.Equal(3, Assert.Single(result.Rows).Posts);
    }

    [Fact]
    public void Each_bad_row_is_reported_with_its_line_number_and_a_chinese_reason()
    {
        var result = Read(
            Header,
            "12,2026-02,31,2026-02-28,40,38",
            "abc,2026-02,1,2026-02-01,0,0",
            "13,2026-2-x,1,2026-02-01,0,0",
            "14,2026-02,-1,,0,0",
            "15,2026-02,1,2026-02-01,3,5",
            "16,2026-02,1",
            "17,2026-02,2,,0,0");

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                new CsvRowError(3, "账号ID须为正整数。"),
                new CsvRowError(4, "月份格式应为 yyyy-MM，如 2026-03。"),
                new CsvRowError(5, "发布条数须为不小于 0 的整数。"),
                new CsvRowError(6, "已回复留言数不能多于收到的留言数。"),
                new CsvRowError(7, "应有 6 列，实际有 3 列。"),
                new CsvRowError(8, "本月有发布时须填写最后发布日期。"),
            ],
            result.Errors);
        Assert.Equal("第 3 行：账号ID须为正整数。", result.Errors[0].ToString());
    }

    [Fact]
    public void A_row_with_several_problems_reports_each_of_them()
    {
        var result = Read(Header, "0,2026-02,x,2026-02-30,,1");

        Assert.Equal(4, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(2, e.Line));
        Assert.Contains(result.Errors, e => e.Message == "收到留言数不能为空。");
        Assert.Contains(result.Errors, e => e.Message.StartsWith("最后发布日期格式", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_account_and_month_twice_is_reported_on_the_later_line()
    {
        var result = Read(
            Header,
            "12,2026-02,1,2026-02-01,0,0",
            "12,2026-2,2,2026-02-03,0,0");

        Assert.Equal([new CsvRowError(3, "与第 2 行的账号和月份重复。")], result.Errors);
    }

    [Fact]
    public void Future_months_and_dates_and_dates_outside_the_month_are_refused()
    {
        var result = Read(
            Header,
            "12,2026-04,0,,0,0",
            "13,2026-03,1,2026-03-11,0,0",
            "14,2026-01,1,2026-02-01,0,0");

        Assert.Equal(
            [
                new CsvRowError(2, "月份不能晚于本月。"),
                new CsvRowError(3, "最后发布日期不能晚于今天。"),
                new CsvRowError(4, "最后发布日期不能晚于该月月底。"),
            ],
            result.Errors);
    }

    [Fact]
    public void An_unterminated_quote_is_reported_rather_than_guessed()
    {
        var result = Read(Header, "\"12,2026-02,1,2026-02-01,0,0");

        Assert.Equal([new CsvRowError(2, "引号不成对，无法识别各列。")], result.Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("account,month,posts")]
    [InlineData("month,account id,posts,last_post_date,messages_received,messages_answered")]
    public void A_missing_or_wrong_header_is_reported_on_line_one(string header)
    {
        var result = Read(header, "12,2026-02,1,2026-02-01,0,0");

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("account id,month,posts,last_post_date,messages_received,messages_answered", error.Message);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_file_with_only_a_header_is_not_a_successful_import()
    {
        var result = Read(Header);

        Assert.Equal([new CsvRowError(1, "文件中没有数据行。")], result.Errors);
    }
}
