using Microsoft.JSInterop;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>
/// Hands a file to the browser over the circuit (JS stream interop, wwwroot/js/download.js). The file
/// is made inside the signed-in user's circuit by the feature services, so their role checks and data
/// scope apply; no download URL exists that could be replayed or forged from another site.
/// </summary>
public static class FileDownload
{
    public static async Task SaveAsync(this IJSRuntime js, ExportFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var content = new MemoryStream(file.Content);
        using var stream = new DotNetStreamReference(content);
        await js.InvokeVoidAsync("vmDownload", file.FileName, file.ContentType, stream);
    }
}
