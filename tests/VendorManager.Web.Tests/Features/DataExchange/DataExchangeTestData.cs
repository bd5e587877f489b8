using System.IO.Compression;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.DataExchange;

/// <summary>Files in the import layouts, and the import's two steps as a user takes them.</summary>
internal static class DataExchangeTestData
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly string[] AgencyHeaders =
        ["机构名称", "统一社会信用代码", "法定代表人", "地址", "联系电话", "责任人", "岗位职责", "资质类型", "证书编号", "发证机关", "服务项目", "有效期起", "有效期至"];

    public static readonly string[] StaffHeaders = ["姓名", "岗位", "身份证号码", "手机号码"];

    public static readonly string[] AccountHeaders = ["主办单位编码", "平台", "账号名称", "运营方式", "同平台再开设账号的理由"];

    /// <summary>An agency line with a verified-to-be licence valid 2026-01-01 to 2028-12-31.</summary>
    public static object?[] AgencyLine(string name, string code, string licence = "33120230001") =>
        [name, code, "张法人", "杭州市西湖区", "0571-88880000", "李责任", "负责账号运营", "互联网新闻信息服务许可", licence, "浙江省互联网信息办公室",
            "采编发布服务、转载服务", "2026-01-01", "2028-12-31"];

    public static Task<byte[]> FileAsync(TableFormat format, string[] headers, IEnumerable<object?[]> rows) =>
        TableFileTests.WriteAsync(format, headers, rows.ToArray());

    /// <summary>
    /// A real workbook with <paramref name="headers"/> whose shared strings are replaced by one text of <paramref name="letters"/>
    /// repeated letters: a few hundred KB on disk that inflate to that many bytes (the probe's "104 KB xlsx with one 100 MB cell").
    /// </summary>
    public static async Task<byte[]> InflatingWorkbookAsync(string[] headers, int letters)
    {
        using var buffer = new MemoryStream();
        buffer.Write(await FileAsync(TableFormat.Xlsx, headers, [["占位"]]));
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/sharedStrings.xml")?.Delete();
            await using var writer = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            await writer.WriteAsync("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>");
            var chunk = new string('A', 1024 * 1024);
            for (var written = 0; written < letters; written += chunk.Length)
            {
                await writer.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, letters - written)), Ct);
            }

            await writer.WriteAsync("</t></si></sst>");
        }

        return buffer.ToArray();
    }

    public static async Task<ImportPreview> PreviewAsync(TestApp app, ClaimsPrincipal user, ImportKind kind, byte[] file, string fileName = "import.xlsx")
    {
        await using var scope = app.ScopeFor(user);
        return await scope.ServiceProvider.GetRequiredService<ImportService>().PreviewAsync(kind, new MemoryStream(file), fileName, null, Ct);
    }

    /// <summary>Preview, then confirm what the preview shows, as the page does.</summary>
    public static async Task<(ImportPreview Preview, ImportOutcome Outcome)> ImportAsync(
        TestApp app, ClaimsPrincipal user, ImportKind kind, byte[] file, string fileName = "import.xlsx", bool acknowledged = false)
    {
        await using var scope = app.ScopeFor(user);
        var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
        var preview = await imports.PreviewAsync(kind, new MemoryStream(file), fileName, null, Ct);
        var outcome = await imports.ConfirmAsync(preview, acknowledged, null, Ct);
        return (preview, outcome);
    }
}
