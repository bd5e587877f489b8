using System.Globalization;
using Microsoft.Extensions.Localization;
using VendorManager.Web.Localization;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>A file made for download: its name, type and bytes.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>One column of an exported table: its header and how a row gives its value.</summary>
public sealed record TableColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// Writes a list as a table file. Exported files are documents: their headers and the names of
/// statuses and kinds are Chinese whatever language the user reads the pages in, so a file reads
/// the same for everyone and imports back (see <see cref="Chinese"/>).
/// </summary>
public static class TableExport
{
    public static async Task<ExportFile> WriteAsync<T>(
        string name,
        TableFormat format,
        IReadOnlyList<TableColumn<T>> columns,
        IEnumerable<T> rows,
        DateOnly today,
        CancellationToken cancellationToken,
        TableSheet? notes = null)
    {
        using var buffer = new MemoryStream();
        await TableFile.WriteAsync(
            buffer,
            format,
            name,
            columns.Select(c => c.Header).ToList(),
            rows.Select(r => (IReadOnlyList<object?>)columns.Select(c => c.Value(r)).ToList()),
            notes,
            cancellationToken);
        return new ExportFile(
            $"{name}_{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}{format.Extension()}", format.ContentType(), buffer.ToArray());
    }
}

/// <summary>Reads resources in Chinese (the neutral resources) regardless of the user's UI language.</summary>
public static class Chinese
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo(LocalizationSetup.Chinese);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(LocalizationSetup.English);

    public static T In<T>(Func<T> read) => InCulture(Culture, read);

    public static T InEnglish<T>(Func<T> read) => InCulture(English, read);

    /// <summary>An asynchronous read in Chinese: the culture flows into its awaits and is restored after.</summary>
    public static async Task<T> InAsync<T>(Func<Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture;
        try
        {
            return await read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    public static string Text(IStringLocalizer localizer, string key) => In(() => localizer[key].Value);

    /// <summary>Each value of the enum with its Chinese name from <paramref name="localizer"/> under <paramref name="prefix"/> + name.</summary>
    public static IReadOnlyDictionary<TEnum, string> Names<TEnum>(IStringLocalizer localizer, string prefix)
        where TEnum : struct, Enum =>
        In(() => Enum.GetValues<TEnum>().ToDictionary(v => v, v => localizer[prefix + v].Value));

    private static T InCulture<T>(CultureInfo culture, Func<T> read)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
