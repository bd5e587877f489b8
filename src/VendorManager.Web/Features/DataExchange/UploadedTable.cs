using Microsoft.Extensions.Localization;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>
/// An uploaded file read as a table with the checks every upload passes (a known type by its name, a size limit,
/// then <see cref="TableFile.Read"/>'s own on the content), or the message that says why not, for the page.
/// </summary>
public static class UploadedTable
{
    public static (Table? Table, string? Error) Read(
        Stream content, string fileName, long maxBytes, int maxRows, IStringLocalizer<DataExchangeText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(text);
        if (TableFile.FormatOf(fileName) is not { } format)
        {
            return (null, text["Error.FileType"]);
        }

        if (content.Length > maxBytes)
        {
            return (null, text["Error.TooLarge", maxBytes / 1024 / 1024]);
        }

        var (table, error) = TableFile.Read(content, format, maxRows, cancellationToken);
        return table is null ? (null, text["Error." + error, maxRows]) : (table, null);
    }
}
