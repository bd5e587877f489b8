using VendorManager.Domain.Accounts;

namespace VendorManager.Domain.Tests.Accounts;

public sealed class MonthlyActivityCsvTests
{
    private const string Header = "平台,平台账号ID或地址,月份,发布条数,最后发布日期,收到留言数,已回复留言数";
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static MonthlyActivityCsvResult Read(params string[] lines) =>
        MonthlyActivityCsv.Read(new StringReader(string.Join("\r\n", lines)), Today);

    [Fact]
    public void A_good_file_gives_every_row_with_its_line_and_no_errors()
    {
        var result = Read(
            Header,
            "微博,weibo.com/u/12,2026-02,31,2026-02-28,40,38",
            "微信公众号,gh_13,2026-02,0,,0,0",
            "微博,weibo.com/u/12,2026-03,4,2026/3/9,2,2");

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Rows.Count);
        Assert.Equal(new MonthlyActivityRow(2, Platform.Weibo, "weibo.com/u/12", new DateOnly(2026, 2, 1), 31, new DateOnly(2026, 2, 28), 40, 38), result.Rows[0]);
        Assert.Equal((Platform.WeChatOfficialAccount, "gh_13"), (result.Rows[1].Platform, result.Rows[1].PlatformId));
        Assert.Null(result.Rows[1].LastPostOn);
        Assert.Equal(new DateOnly(2026, 3, 9), result.Rows[2].LastPostOn);
    }

    [Fact]
    public void Quoted_fields_a_byte_order_mark_an_english_snake_case_header_english_platform_names_and_blank_lines_are_accepted()
    {
        var result = Read(
            "\uFEFFplatform,Platform_ID,Month,posts,last_post_date,messages_received,messages_answered",
            "weibo,\"weibo.com/u/1,2\",\"2026-02\", 3 ,\"2026-02-10\",1,1",
            "",
            "   ");

        Assert.True(result.Succeeded);
        var row = Assert.Single(result.Rows);
        Assert.Equal((Platform.Weibo, "weibo.com/u/1,2", 3), (row.Platform, row.PlatformId, row.Posts));
    }

    [Fact]
    public void Each_bad_row_is_reported_with_its_line_number_and_a_chinese_reason()
    {
        var result = Read(
            Header,
            "微博,w12,2026-02,31,2026-02-28,40,38",
            "推特,w13,2026-02,1,2026-02-01,0,0",
            "微博,w13,2026-2-x,1,2026-02-01,0,0",
            "微博,w14,2026-02,-1,,0,0",
            "微博,w15,2026-02,1,2026-02-01,3,5",
            "微博,w16,2026-02,1",
            "微博,w17,2026-02,2,,0,0",
            "微博, ,2026-02,0,,0,0");

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                new CsvRowError(3, "平台“推特”无法识别，应为：微信公众号、微信视频号、微博、抖音、快手、今日头条、哔哩哔哩、小红书、政务客户端App、其他。"),
                new CsvRowError(4, "月份格式应为 yyyy-MM，如 2026-03。"),
                new CsvRowError(5, "发布条数须为不小于 0 的整数。"),
                new CsvRowError(6, "已回复留言数不能多于收到的留言数。"),
                new CsvRowError(7, "应有 7 列，实际有 4 列。"),
                new CsvRowError(8, "本月有发布时须填写最后发布日期。"),
                new CsvRowError(9, "平台账号ID或地址不能为空。"),
            ],
            result.Errors);
        Assert.Equal("第 4 行：月份格式应为 yyyy-MM，如 2026-03。", result.Errors[1].ToString());
    }

    [Fact]
    public void A_row_with_several_problems_reports_each_of_them()
    {
        var result = Read(Header, ",w1,2026-02,x,2026-02-30,,1");

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
            "微博,w12,2026-02,1,2026-02-01,0,0",
            "抖音,w12,2026-02,1,2026-02-01,0,0",
            "Weibo,w12,2026-2,2,2026-02-03,0,0");

        Assert.Equal([new CsvRowError(4, "与第 2 行的账号和月份重复。")], result.Errors);
    }

    [Fact]
    public void Future_months_and_dates_and_dates_outside_the_month_are_refused()
    {
        var result = Read(
            Header,
            "微博,w12,2026-04,0,,0,0",
            "微博,w13,2026-03,1,2026-03-11,0,0",
            "微博,w14,2026-01,1,2026-02-01,0,0");

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
        var result = Read(Header, "\"微博,w12,2026-02,1,2026-02-01,0,0");

        Assert.Equal([new CsvRowError(2, "引号不成对，无法识别各列。")], result.Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("account,month,posts")]
    [InlineData("account id,month,posts,last_post_date,messages_received,messages_answered")]
    [InlineData("平台账号ID或地址,平台,月份,发布条数,最后发布日期,收到留言数,已回复留言数")]
    public void A_missing_or_wrong_header_is_reported_on_line_one(string header)
    {
        var result = Read(header, "微博,w12,2026-02,1,2026-02-01,0,0");

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains(Header, error.Message);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_file_with_only_a_header_is_not_a_successful_import()
    {
        var result = Read(Header);

        Assert.Equal([new CsvRowError(1, "文件中没有数据行。")], result.Errors);
    }
}
