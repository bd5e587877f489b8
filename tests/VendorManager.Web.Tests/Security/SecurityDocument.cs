namespace VendorManager.Web.Tests.Security;

/// <summary>What a cell of the matrix says.</summary>
public enum Expect
{
    /// <summary>✓: allowed; a list shows both sides' records.</summary>
    Allowed,

    /// <summary>own: allowed within the user's own unit or agency only.</summary>
    Own,

    /// <summary>✗: refused, and a refused write changes nothing.</summary>
    Refused,
}

/// <summary>One row of a table in docs/SECURITY.md: a page, a service command or an HTTP request.</summary>
public sealed record MatrixRow(string Section, string Name, IReadOnlyDictionary<Column, Expect> Cells)
{
    /// <summary>The columns the row's table has, in the document's order.</summary>
    public IEnumerable<Column> Columns => Cells.Keys.Order();

    public override string ToString() => Name;
}

/// <summary>
/// Reads the matrix from docs/SECURITY.md, so that the document is the test's data and the two cannot
/// drift apart. Tables are recognised by their header (the eleven column names); rows by a first cell in
/// backticks; the section is the nearest "## " heading above.
/// </summary>
public static class SecurityDocument
{
    public const string Pages = "Pages";
    public const string Commands = "Service commands";
    public const string Http = "HTTP";

    private static readonly Dictionary<string, Column> Headers = new()
    {
        ["Supervisor"] = Column.Supervisor,
        ["HostUnit (own unit)"] = Column.HostUnitOwn,
        ["HostUnit (other unit)"] = Column.HostUnitOther,
        ["Procurement"] = Column.Procurement,
        ["Finance"] = Column.Finance,
        ["Finance (own unit)"] = Column.FinanceOwnUnit,
        ["Finance (other unit)"] = Column.FinanceOtherUnit,
        ["Agency (own)"] = Column.AgencyOwn,
        ["Agency (other)"] = Column.AgencyOther,
        ["Admin"] = Column.Admin,
        ["Auditor"] = Column.Auditor,
    };

    /// <summary>
    /// Every table has all of them, the unit-finance columns too: a unit's finance user is narrowed by the data
    /// scope as a unit's user is, and a table without their columns would leave a cross-unit read untested.
    /// </summary>
    private static readonly string[] RequiredHeaders = [.. Headers.Keys];

    private static readonly Lazy<IReadOnlyList<MatrixRow>> All = new(() => Parse(File.ReadAllLines(PathOf())));

    public static string PathOf()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VendorManager.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("VendorManager.sln not found above the test folder."), "docs", "SECURITY.md");
    }

    public static IReadOnlyList<MatrixRow> Rows(string section) => [.. All.Value.Where(r => r.Section == section)];

    public static MatrixRow Row(string section, string name) =>
        Rows(section).SingleOrDefault(r => r.Name == name) ?? throw new InvalidOperationException($"docs/SECURITY.md has no row '{name}' under '## {section}'.");

    /// <summary>The row names of a section, for theories (one test case per row).</summary>
    public static TheoryData<string> Names(string section) => [.. Rows(section).Select(r => r.Name)];

    internal static IReadOnlyList<MatrixRow> Parse(IEnumerable<string> lines)
    {
        var rows = new List<MatrixRow>();
        var section = string.Empty;
        Dictionary<int, Column>? columns = null;
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                columns = null;
                continue;
            }

            if (!line.StartsWith('|'))
            {
                columns = null;
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToList();
            if (cells.Contains(nameof(Column.Supervisor)))
            {
                columns = cells.Select((c, i) => (c, i)).Where(x => Headers.ContainsKey(x.c)).ToDictionary(x => x.i, x => Headers[x.c]);
                if (RequiredHeaders.Any(h => !cells.Contains(h)))
                {
                    throw new InvalidOperationException($"A matrix table under '## {section}' must have all eleven columns: {line}");
                }

                continue;
            }

            if (columns is null || !cells[0].StartsWith('`'))
            {
                continue;
            }

            var name = cells[0].Trim('`');
            var expectations = columns.ToDictionary(c => c.Value, c => cells[c.Key] switch
            {
                "✓" => Expect.Allowed,
                "own" => Expect.Own,
                "✗" => Expect.Refused,
                var other => throw new InvalidOperationException($"Row '{name}' has '{other}' in column {c.Value}; the legend is ✓, own, ✗."),
            });
            rows.Add(new MatrixRow(section, name, expectations));
        }

        var twice = rows.GroupBy(r => (r.Section, r.Name)).Where(g => g.Count() > 1).Select(g => g.Key.Name).ToList();
        return twice.Count == 0 ? rows : throw new InvalidOperationException("Rows listed twice in docs/SECURITY.md: " + string.Join(", ", twice));
    }
}
