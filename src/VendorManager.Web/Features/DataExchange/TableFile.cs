using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>The two file kinds users exchange: Excel workbooks and CSV text.</summary>
public enum TableFormat
{
    Xlsx = 1,
    Csv = 2,
}

/// <summary>One data row as read, with the line a spreadsheet shows for it (the header is line 1).</summary>
public sealed record TableRow(int Line, IReadOnlyList<string> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index].Trim() : string.Empty;
}

/// <summary>A file's header row and its data rows (blank rows already left out).</summary>
public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows);

/// <summary>Why a file could not be read as a table at all.</summary>
public enum TableReadError
{
    Unreadable = 1,
    Empty = 2,
    TooManyRows = 3,

    /// <summary>The content inflates beyond the limits, or a cell holds more than a spreadsheet cell can.</summary>
    ContentTooLarge = 4,
}

/// <summary>A second sheet of a workbook (an explanation of the columns, say); CSV has no room for it.</summary>
public sealed record TableSheet(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Reads and writes tables as .xlsx (MiniExcel, streamed) or .csv (CsvHelper). CSV is written as
/// UTF-8 with a byte-order mark, which is what makes Excel open Chinese text correctly; on reading,
/// a file without one that is not valid UTF-8 is taken as GB18030, the encoding Chinese Excel saves
/// "CSV (逗号分隔)" in. Every cell is read as text, so the rules that check a value see what the user typed.
/// </summary>
public static class TableFile
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv";

    /// <summary>The most text a cell holds: Excel's own limit, so no real spreadsheet is refused for it.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>
    /// The most a workbook's parts may inflate to, together: far above 50,000 lines of any import (a few MB), far below
    /// what would hold the server's memory (a 100 MB cell in a 104 KB file once grew the process by 900 MB).
    /// </summary>
    public const long MaxInflatedBytes = 64 * 1024 * 1024;

    /// <summary>How many times its stored size a part may inflate: spreadsheet XML packs 5–20 times, a zip bomb thousands.</summary>
    public const int MaxInflationRatio = 100;

    /// <summary>The most characters Excel allows in a sheet's name.</summary>
    private const int MaxSheetNameLength = 31;

    // Parts smaller than this are not judged by their ratio: a nearly empty sheet packs very well and is harmless.
    private const long RatioCheckedFrom = 1024 * 1024;

    // Text a spreadsheet would run as a formula when it starts with one of these (OWASP's list), in either format.
    private static readonly char[] InjectionCharacters = ['=', '@', '+', '-', '\t', '\r'];

    // No disk cache for large shared strings: MiniExcel's leaves files in the temporary folder; the parts' size is bounded instead.
    private static readonly MiniExcelLibs.OpenXml.OpenXmlConfiguration ReadConfiguration = new() { EnableSharedStringCache = false };

    static TableFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Extension(this TableFormat format) => format == TableFormat.Xlsx ? ".xlsx" : ".csv";

    public static string ContentType(this TableFormat format) => format == TableFormat.Xlsx ? XlsxContentType : CsvContentType;

    /// <summary>The format a file name says, or null for anything else.</summary>
    public static TableFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => TableFormat.Xlsx,
        ".csv" => TableFormat.Csv,
        _ => null,
    };

    /// <summary>
    /// Writes the header row and then the rows; dates as yyyy-MM-dd, everything else as given. A workbook's sheet is
    /// named <paramref name="sheet"/> (the tab a user sees, so what the table holds, not "Sheet1"); a CSV file has none.
    /// </summary>
    public static async Task WriteAsync(
        Stream output,
        TableFormat format,
        string sheet,
        IReadOnlyList<string> headers,
        IEnumerable<IReadOnlyList<object?>> rows,
        TableSheet? notes,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (format == TableFormat.Xlsx)
        {
            await WriteXlsxAsync(output, SheetName(sheet), headers, rows, notes, cancellationToken);
        }
        else
        {
            await WriteCsvAsync(output, headers, rows, cancellationToken);
        }
    }

    /// <summary>
    /// Reads the first sheet (or the CSV text): line 1 is the header, blank rows are skipped. A workbook is measured from
    /// its zip directory before anything is inflated, and no cell may exceed <see cref="MaxCellLength"/>.
    /// </summary>
    public static (Table? Table, TableReadError? Error) Read(Stream input, TableFormat format, int maxRows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        List<List<string>> raw;
        try
        {
            if (format == TableFormat.Xlsx && !FitsInflated(input))
            {
                return (null, TableReadError.ContentTooLarge);
            }

            raw = format == TableFormat.Xlsx ? ReadXlsx(input, maxRows + 1, cancellationToken) : ReadCsv(input, maxRows + 1, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or CsvFormatException
                                      or System.Xml.XmlException or FormatException or NotSupportedException)
        {
            return (null, TableReadError.Unreadable);
        }
        catch (ArgumentOutOfRangeException)
        {
            // MiniExcel's own refusal of a cell longer than a spreadsheet allows.
            return (null, TableReadError.ContentTooLarge);
        }

        if (raw.Any(line => line.Any(cell => cell.Length > MaxCellLength)))
        {
            return (null, TableReadError.ContentTooLarge);
        }

        if (raw.Count == 0 || raw[0].All(string.IsNullOrWhiteSpace))
        {
            return (null, TableReadError.Empty);
        }

        // One more than allowed was read, to tell a full file from an overfull one.
        if (raw.Count > maxRows + 1)
        {
            return (null, TableReadError.TooManyRows);
        }

        var headers = raw[0].Select(h => h.Trim()).ToList();
        var rows = raw.Skip(1)
            .Select((cells, i) => new TableRow(i + 2, cells))
            .Where(r => !r.IsBlank)
            .ToList();
        return (new Table(headers, rows), null);
    }

    private static async Task WriteXlsxAsync(
        Stream output, string sheet, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, TableSheet? notes, CancellationToken cancellationToken)
    {
        // Rows as dictionaries without MiniExcel's own header: the header is our first row, so a
        // table with no data rows (a template) still has its columns.
        var keys = Enumerable.Range(0, headers.Count).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        IEnumerable<IDictionary<string, object?>> Sheet(IEnumerable<IReadOnlyList<object?>> lines) =>
            lines.Select(line => (IDictionary<string, object?>)keys.Select((k, i) => (k, v: i < line.Count ? ForXlsx(line[i]) : null))
                .ToDictionary(p => p.k, p => p.v));

        var data = Sheet(new[] { headers.Cast<object?>().ToList() }.Concat(rows));
        object value = data;
        if (notes is not null)
        {
            var noteKeys = Enumerable.Range(0, notes.Rows.Max(r => r.Count)).Select(i => "n" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
            var noteRows = notes.Rows.Select(line => (IDictionary<string, object?>)noteKeys
                .Select((k, i) => (k, v: i < line.Count ? ForXlsx(line[i]) : null)).ToDictionary(p => p.k, p => p.v));
            value = new Dictionary<string, object> { [sheet] = data, [SheetName(notes.Name)] = noteRows };
        }

        await output.SaveAsAsync(value, printHeader: false, sheetName: sheet, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }

    /// <summary>A name Excel accepts: none of the characters it forbids in sheet names, at most 31 characters.</summary>
    private static string SheetName(string name)
    {
        var allowed = string.Concat(name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : c)).Trim('\'');
        return allowed.Length > MaxSheetNameLength ? allowed[..MaxSheetNameLength] : allowed;
    }

    private static async Task WriteCsvAsync(
        Stream output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
        csv.WriteRecord(headers.Select(h => Text(Neutralise(h))).ToArray());
        var fields = new string[headers.Count];
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Text(Neutralise(i < row.Count ? row[i] : null));
            }

            await csv.WriteRecordAsync(fields, cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the workbook's parts, by the sizes its zip directory declares, stay within <see cref="MaxInflatedBytes"/>
    /// together and <see cref="MaxInflationRatio"/> each. The declared size is binding: .NET's zip reader (MiniExcel's too)
    /// stops inflating an entry at it, so a part that lies about its size yields no more than it declared.
    /// </summary>
    private static bool FitsInflated(Stream input)
    {
        var start = input.Position;
        using (var zip = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true))
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var packsTooWell = entry.Length >= RatioCheckedFrom && entry.Length > (long)MaxInflationRatio * Math.Max(entry.CompressedLength, 1);
                if (total > MaxInflatedBytes || packsTooWell)
                {
                    return false;
                }
            }
        }

        input.Position = start;
        return true;
    }

    private static List<List<string>> ReadXlsx(Stream input, int limit, CancellationToken cancellationToken)
    {
        var lines = new List<List<string>>();
        // MiniExcel yields every row from the first to the last, blank ones included, so the
        // position in the sequence is the spreadsheet's own line number.
        foreach (IDictionary<string, object?> row in input.Query(useHeaderRow: false, excelType: ExcelType.XLSX, configuration: ReadConfiguration))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = new string[row.Count];
            foreach (var (key, value) in row)
            {
                var index = ColumnIndex(key);
                if (index >= 0 && index < cells.Length)
                {
                    cells[index] = Unescape(CellText(value));
                }
            }

            lines.Add(cells.Select(c => c ?? string.Empty).ToList());
            if (lines.Count > limit)
            {
                break;
            }
        }

        // Trailing blank rows (formatting left in an emptied sheet) are no data.
        while (lines.Count > 0 && lines[^1].All(string.IsNullOrWhiteSpace))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static List<List<string>> ReadCsv(Stream input, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        // No header handling and no skipped lines: RowNumber is then the spreadsheet's own line number.
        using var csv = CsvReader.FromText(Decode(buffer.ToArray()), new CsvReaderOptions
        {
            HasHeader = false,
            SkipEmptyLines = false,
            Separator = ',',
        });
        var lines = new List<List<string>>();
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (lines.Count < csv.RowNumber - 1)
            {
                lines.Add([]);
            }

            lines.Add(csv.Current.ToArray().Select(Unescape).ToList());
            if (lines.Count > limit)
            {
                break;
            }
        }

        return lines;
    }

    private static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>
    /// The one rule both formats follow: text that starts like a formula gets an apostrophe in front, so that a
    /// spreadsheet shows it as text instead of running it. Numbers, dates and the like are no text and stay as they are.
    /// </summary>
    private static object? Neutralise(object? value) =>
        value is string { Length: > 0 } text && InjectionCharacters.Contains(text[0]) ? "'" + text : value;

    // Undoes the apostrophe an export put before a formula-like value, so an export imports back as it was.
    private static string Unescape(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && InjectionCharacters.Contains(cell[1]) ? cell[1..] : cell;

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                return -1;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => n.ToString("0", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static object? ForXlsx(object? value) => value switch
    {
        DateOnly or DateTime or DateTimeOffset => Text(value),
        _ => Neutralise(value),
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
