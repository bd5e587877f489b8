using System.Globalization;
using System.Text;

namespace VendorManager.Domain.Accounts;

/// <summary>
/// One good data row of an activity import, with the file line it came from. The account is named as its
/// unit knows it: the platform and the account's id or address there (平台账号ID或地址).
/// </summary>
public sealed record MonthlyActivityRow(
    int Line,
    Platform Platform,
    string PlatformId,
    DateOnly Month,
    int Posts,
    DateOnly? LastPostOn,
    int MessagesReceived,
    int MessagesAnswered);

/// <summary>A problem with one line of the file (lines count from 1, the header being line 1).</summary>
public sealed record CsvRowError(int Line, string Message)
{
    public override string ToString() => $"第 {Line} 行：{Message}";
}

/// <summary>The rows read and every problem found. The import stores nothing unless there are no errors.</summary>
public sealed record MonthlyActivityCsvResult(IReadOnlyList<MonthlyActivityRow> Rows, IReadOnlyList<CsvRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Reads and checks the monthly-activity import (<c>平台, 平台账号ID或地址, 月份, 发布条数, 最后发布日期,
/// 收到留言数, 已回复留言数</c>, or the same in English): form only, and the same figure rules as the entry
/// form. Which account a platform and id name, whether it belongs to the importing unit and is a
/// publishing account is the import service's question, since it needs the database.
/// </summary>
public static class MonthlyActivityCsv
{
    /// <summary>The header as the template writes it: the account page's own field names.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["平台", "平台账号ID或地址", "月份", "发布条数", "最后发布日期", "收到留言数", "已回复留言数"];

    /// <summary>The same columns as a program would name them (spaces or underscores, any case).</summary>
    public static readonly IReadOnlyList<string> EnglishColumns =
        ["platform", "platform id", "month", "posts", "last post date", "messages received", "messages answered"];

    // Spreadsheets write dates their own way; accept the common ones, write ISO in the template.
    private static readonly string[] MonthFormats = ["yyyy-MM", "yyyy-M", "yyyy/MM", "yyyy/M"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d"];

    public static MonthlyActivityCsvResult Read(TextReader reader, DateOnly today)
    {
        var rows = new List<MonthlyActivityRow>();
        var errors = new List<CsvRowError>();
        var seen = new Dictionary<(Platform Platform, string PlatformId, DateOnly Month), int>();

        var header = reader.ReadLine();
        if (header is null || string.IsNullOrWhiteSpace(header.TrimStart('\uFEFF')))
        {
            errors.Add(new CsvRowError(1, "文件为空，第一行应为表头：" + string.Join(",", Columns)));
            return new MonthlyActivityCsvResult(rows, errors);
        }

        if (!IsHeader(header))
        {
            errors.Add(new CsvRowError(1, "表头应为：" + string.Join(",", Columns)));
            return new MonthlyActivityCsvResult(rows, errors);
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var problems = new List<string>();
            var row = ReadRow(lineNumber, line, today, problems);
            if (row is not null && seen.TryGetValue((row.Platform, row.PlatformId, row.Month), out var firstLine))
            {
                problems.Add($"与第 {firstLine} 行的账号和月份重复。");
            }

            if (problems.Count > 0)
            {
                errors.AddRange(problems.Select(p => new CsvRowError(lineNumber, p)));
            }
            else if (row is not null)
            {
                seen[(row.Platform, row.PlatformId, row.Month)] = lineNumber;
                rows.Add(row);
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new CsvRowError(1, "文件中没有数据行。"));
        }

        return new MonthlyActivityCsvResult(rows, errors);
    }

    private static bool IsHeader(string line)
    {
        if (Split(line.TrimStart('\uFEFF')) is not { } names || names.Count != Columns.Count)
        {
            return false;
        }

        var read = names.Select(n => n.Trim().Replace('_', ' ')).ToList();
        return read.SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase) || read.SequenceEqual(EnglishColumns, StringComparer.OrdinalIgnoreCase);
    }

    private static MonthlyActivityRow? ReadRow(int lineNumber, string line, DateOnly today, List<string> problems)
    {
        if (Split(line) is not { } fields)
        {
            problems.Add("引号不成对，无法识别各列。");
            return null;
        }

        if (fields.Count != Columns.Count)
        {
            problems.Add($"应有 {Columns.Count} 列，实际有 {fields.Count} 列。");
            return null;
        }

        var platform = ReadPlatform(fields[0], problems);
        var platformId = fields[1].Trim();
        if (platformId.Length == 0)
        {
            problems.Add("平台账号ID或地址不能为空。");
        }
        else if (platformId.Length > Account.PlatformIdMaxLength)
        {
            problems.Add($"平台账号ID或地址不能超过 {Account.PlatformIdMaxLength} 个字符。");
        }

        DateOnly? month = null;
        if (DateOnly.TryParseExact(fields[2].Trim(), MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
        {
            month = m;
        }
        else
        {
            problems.Add("月份格式应为 yyyy-MM，如 2026-03。");
        }

        var posts = Count(fields[3], "发布条数", problems);
        DateOnly? lastPostOn = null;
        var lastText = fields[4].Trim();
        if (lastText.Length > 0)
        {
            if (DateOnly.TryParseExact(lastText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                lastPostOn = d;
            }
            else
            {
                problems.Add("最后发布日期格式应为 yyyy-MM-dd，如 2026-03-05。");
            }
        }

        var received = Count(fields[5], "收到留言数", problems);
        var answered = Count(fields[6], "已回复留言数", problems);

        if (problems.Count > 0 || platform is null || month is null || posts is null || received is null || answered is null)
        {
            return null;
        }

        problems.AddRange(MonthlyActivityRules
            .Check(month.Value, posts.Value, lastPostOn, received.Value, answered.Value, today)
            .Select(r => r.Message));

        return new MonthlyActivityRow(lineNumber, platform.Value, platformId, month.Value, posts.Value, lastPostOn, received.Value, answered.Value);
    }

    /// <summary>The platform by its Chinese name (微博) or its name in the English UI's files (Weibo).</summary>
    private static Platform? ReadPlatform(string text, List<string> problems)
    {
        var name = text.Trim();
        foreach (var platform in Enum.GetValues<Platform>())
        {
            if (name == platform.ChineseName() || string.Equals(name, platform.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return platform;
            }
        }

        problems.Add(name.Length == 0
            ? "平台不能为空。"
            : $"平台“{name}”无法识别，应为：{string.Join("、", Enum.GetValues<Platform>().Select(p => p.ChineseName()))}。");
        return null;
    }

    private static int? Count(string text, string what, List<string> problems)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            problems.Add($"{what}不能为空。");
            return null;
        }

        if (!int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            problems.Add($"{what}须为不小于 0 的整数。");
            return null;
        }

        return value;
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields); null when a quote is left open.</summary>
    private static List<string>? Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return quoted ? null : fields;
    }
}
