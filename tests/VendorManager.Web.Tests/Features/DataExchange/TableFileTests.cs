using System.Text;
using VendorManager.Web.Features.DataExchange;

namespace VendorManager.Web.Tests.Features.DataExchange;

public sealed class TableFileTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Headers = ["机构名称", "统一社会信用代码", "有效期至"];

    [Theory]
    [InlineData(TableFormat.Xlsx)]
    [InlineData(TableFormat.Csv)]
    public async Task A_written_table_reads_back_with_its_Chinese_text_dates_and_line_numbers(TableFormat format)
    {
        var bytes = await WriteAsync(format, Headers,
        [
            ["甲传媒有限公司", "91330100MA2H0001XF", new DateOnly(2027, 3, 31)],
            ["乙文化有限公司，含逗号", "91330102MA2H0002YG", null],
        ]);

        var (table, error) = TableFile.Read(new MemoryStream(bytes), format, maxRows: 10);

        Assert.Null(error);
        Assert.Equal(Headers, table!.Headers);
        Assert.Equal([2, 3], table.Rows.Select(r => r.Line));
        Assert.Equal(["甲传媒有限公司", "91330100MA2H0001XF", "2027-03-31"], table.Rows[0].Cells);
        Assert.Equal("乙文化有限公司，含逗号", table.Rows[1].Cell(0));
        Assert.Equal(string.Empty, table.Rows[1].Cell(2));
    }

    [Fact]
    public async Task A_CSV_export_starts_with_a_byte_order_mark_so_Excel_reads_it_as_UTF8()
    {
        var bytes = await WriteAsync(TableFormat.Csv, Headers, []);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("机构名称,", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_formula_like_value_is_escaped_in_CSV_and_reads_back_as_it_was()
    {
        var bytes = await WriteAsync(TableFormat.Csv, ["联系电话"], [["=HYPERLINK(\"x\")"], ["+86 571 1234"]]);

        Assert.Contains("'=HYPERLINK", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        var (table, _) = TableFile.Read(new MemoryStream(bytes), TableFormat.Csv, 10);
        Assert.Equal(["=HYPERLINK(\"x\")", "+86 571 1234"], table!.Rows.Select(r => r.Cell(0)));
    }

    [Fact]
    public void A_CSV_saved_by_Chinese_Excel_in_GB18030_is_read_correctly()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("姓名,岗位\r\n张三,编辑\r\n");

        var (table, error) = TableFile.Read(new MemoryStream(bytes), TableFormat.Csv, 10);

        Assert.Null(error);
        Assert.Equal(["姓名", "岗位"], table!.Headers);
        Assert.Equal(["张三", "编辑"], table.Rows.Single().Cells);
    }

    [Theory]
    [InlineData(TableFormat.Xlsx)]
    [InlineData(TableFormat.Csv)]
    public async Task Blank_rows_are_skipped_but_later_rows_keep_their_spreadsheet_line(TableFormat format)
    {
        var bytes = await WriteAsync(format, ["姓名"], [["张三"], [null], ["李四"]]);

        var (table, _) = TableFile.Read(new MemoryStream(bytes), format, 10);

        Assert.Equal([(2, "张三"), (4, "李四")], table!.Rows.Select(r => (r.Line, r.Cell(0))));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_reported_unreadable()
    {
        var (table, error) = TableFile.Read(new MemoryStream("不是工作簿"u8.ToArray()), TableFormat.Xlsx, 10);

        Assert.Null(table);
        Assert.Equal(TableReadError.Unreadable, error);
    }

    [Fact]
    public async Task A_file_over_the_row_limit_is_refused_as_a_whole()
    {
        var bytes = await WriteAsync(TableFormat.Csv, ["姓名"], Enumerable.Range(0, 11).Select(i => new object?[] { "人" + i }).ToArray());

        var (_, error) = TableFile.Read(new MemoryStream(bytes), TableFormat.Csv, maxRows: 10);

        Assert.Equal(TableReadError.TooManyRows, error);
    }

    internal static async Task<byte[]> WriteAsync(TableFormat format, IReadOnlyList<string> headers, object?[][] rows)
    {
        using var buffer = new MemoryStream();
        await TableFile.WriteAsync(buffer, format, headers, rows.Select(r => (IReadOnlyList<object?>)r), null, Ct);
        return buffer.ToArray();
    }
}
