using System.Globalization;
using Microsoft.Extensions.Localization;
using VendorManager.Web.Localization;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>A file made for download: its name, type and bytes.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>One column of an exported table: its header and how a row gives its value.</summary>
public sealed record TableColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// Writes a list as a table file. An exported list is read by the person who asked for it: its sheet,
/// headers and the names of statuses and kinds are in that person's UI language, as the page said them
/// (decision 0023). Files an import reads back (templates) stay Chinese, see <see cref="Chinese"/>.
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

/// <summary>The words of an export, in the current UI language: the one the page was read in.</summary>
public static class ExportWords
{
    /// <summary>Each value of the enum with its name from <paramref name="localizer"/> under <paramref name="prefix"/> + name.</summary>
    public static IReadOnlyDictionary<TEnum, string> Names<TEnum>(this IStringLocalizer localizer, string prefix)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return Enum.GetValues<TEnum>().ToDictionary(v => v, v => localizer[prefix + v].Value);
    }

    /// <summary>Several values in one cell (a history's steps, an entry's changes): "；" in Chinese, "; " in English.</summary>
    public static string Join(IStringLocalizer<DataExchangeText> text, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(text["Cell.Separator"].Value, values);
    }
}

/// <summary>
/// Reads resources in Chinese (the neutral resources) regardless of the user's UI language: for the files an
/// import reads back (templates, their notes) and for what the import matches a file against.
/// </summary>
public static class Chinese
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo(LocalizationSetup.Chinese);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(LocalizationSetup.English);

    public static T In<T>(Func<T> read) => InCulture(Culture, read);

    public static T InEnglish<T>(Func<T> read) => InCulture(English, read);

    public static string Text(IStringLocalizer localizer, string key) => In(() => localizer[key].Value);

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
