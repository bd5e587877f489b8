using System.Globalization;
using System.Text;
using MiniExcelLibs;
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

        var (table, error) = TableFile.Read(new MemoryStream(bytes), format, maxRows: 10, Ct);

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
        var (table, _) = TableFile.Read(new MemoryStream(bytes), TableFormat.Csv, 10, Ct);
        Assert.Equal(["=HYPERLINK(\"x\")", "+86 571 1234"], table!.Rows.Select(r => r.Cell(0)));
    }

    [Theory]
    [InlineData(TableFormat.Xlsx)]
    [InlineData(TableFormat.Csv)]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised_alike_in_both_formats_and_reads_back_as_it_was(TableFormat format)
    {
        string[] risky = ["=HYPERLINK(\"http://evil.example\",\"点击\")", "+86 571 1234", "-2+3", "@SUM(A1)", "\tcmd"];

        var bytes = await WriteAsync(format, ["联系电话"], [.. risky.Select(v => new object?[] { v }), [-5]]);

        // What a spreadsheet opens: every risky text starts with the apostrophe that makes it text; a number stays a number.
        Assert.Equal([.. risky.Select(v => "'" + v), "-5"], FirstColumnAsOpened(bytes, format));
        var (table, _) = TableFile.Read(new MemoryStream(bytes), format, 10, Ct);
        Assert.Equal([.. risky.Select(v => v.Trim()), "-5"], table!.Rows.Select(r => r.Cell(0)));
    }

    [Theory]
    [InlineData(TableFormat.Xlsx)]
    [InlineData(TableFormat.Csv)]
    public async Task A_cell_longer_than_Excel_itself_allows_is_refused_as_too_large(TableFormat format)
    {
        var bytes = await WriteAsync(format, ["机构名称"], [["甲传媒有限公司"], [string.Concat(Enumerable.Repeat("很长的名称", 7_000))]]);

        var (table, error) = TableFile.Read(new MemoryStream(bytes), format, 10, Ct);

        Assert.Null(table);
        Assert.Equal(TableReadError.ContentTooLarge, error);
    }

    [Fact]
    public async Task A_workbook_whose_parts_inflate_far_beyond_the_file_is_refused_before_it_is_parsed()
    {
        var bomb = await DataExchangeTestData.InflatingWorkbookAsync(["机构名称"], 30 * 1024 * 1024);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var (table, error) = TableFile.Read(new MemoryStream(bomb), TableFormat.Xlsx, 10, Ct);

        Assert.True(bomb.Length < 200 * 1024, $"{bomb.Length} bytes");
        Assert.Null(table);
        Assert.Equal(TableReadError.ContentTooLarge, error);
        // Refused from the archive's directory, not after inflating 30 MB (which took minutes for 100 MB).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_CSV_saved_by_Chinese_Excel_in_GB18030_is_read_correctly()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("姓名,岗位\r\n张三,编辑\r\n");

        var (table, error) = TableFile.Read(new MemoryStream(bytes), TableFormat.Csv, 10, Ct);

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

        var (table, _) = TableFile.Read(new MemoryStream(bytes), format, 10, Ct);

        Assert.Equal([(2, "张三"), (4, "李四")], table!.Rows.Select(r => (r.Line, r.Cell(0))));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_reported_unreadable()
    {
        var (table, error) = TableFile.Read(new MemoryStream("不是工作簿"u8.ToArray()), TableFormat.Xlsx, 10, Ct);

        Assert.Null(table);
        Assert.Equal(TableReadError.Unreadable, error);
    }

    [Fact]
    public async Task A_file_over_the_row_limit_is_refused_as_a_whole()
    {
        var bytes = await WriteAsync(TableFormat.Csv, ["姓名"], Enumerable.Range(0, 11).Select(i => new object?[] { "人" + i }).ToArray());

        var (_, error) = TableFile.Read(new MemoryStream(bytes), TableFormat.Csv, maxRows: 10, Ct);

        Assert.Equal(TableReadError.TooManyRows, error);
    }

    /// <summary>The first column below the header as a spreadsheet gets it: no reading rule of ours in between.</summary>
    private static List<string?> FirstColumnAsOpened(byte[] bytes, TableFormat format)
    {
        if (format == TableFormat.Xlsx)
        {
            return new MemoryStream(bytes).Query(useHeaderRow: false, excelType: ExcelType.XLSX).Skip(1)
                .Select(r => Convert.ToString(((IDictionary<string, object?>)r)["A"], CultureInfo.InvariantCulture)).ToList();
        }

        using var csv = CsvHelper.CsvReader.FromText(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), new CsvHelper.CsvReaderOptions { HasHeader = false, Separator = ',' });
        var cells = new List<string?>();
        while (csv.Read())
        {
            cells.Add(csv.Current.ToArray()[0]);
        }

        return cells.Skip(1).ToList();
    }

    internal static async Task<byte[]> WriteAsync(TableFormat format, IReadOnlyList<string> headers, object?[][] rows)
    {
        using var buffer = new MemoryStream();
        await TableFile.WriteAsync(buffer, format, "导入数据", headers, rows.Select(r => (IReadOnlyList<object?>)r), null, Ct);
        return buffer.ToArray();
    }
}
