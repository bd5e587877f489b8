using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Data;

namespace VendorManager.Web.Features.Shared;

/// <summary>A scan to be stored: the uploader's file name, its declared size and a way to read it.</summary>
/// <param name="Open">Opened only after the size is accepted (a browser file refuses to open beyond its limit).</param>
public sealed record ScanUpload(string FileName, long Size, Func<Stream> Open);

/// <summary>A stored scan, opened for download.</summary>
public sealed record ScanDownload(Stream Content, string ContentType, string FileName);

/// <summary>The types an area accepts, judged by content, and the resource that says so when a file is none of them.</summary>
public sealed record UploadTypes(IReadOnlySet<string> ContentTypes, string RefusalKey)
{
    /// <summary>Scanned documents: PDF, JPEG or PNG.</summary>
    public static UploadTypes Scans { get; } = new(new HashSet<string>(StringComparer.Ordinal) { "application/pdf", "image/jpeg", "image/png" }, "Upload.NotAScan");

    /// <summary>Pictures a browser shows (a post's images): JPEG, PNG, GIF or WebP.</summary>
    public static UploadTypes Images { get; } = new(new HashSet<string>(StringComparer.Ordinal) { "image/jpeg", "image/png", "image/gif", "image/webp" }, "Upload.NotAnImage");
}

/// <summary>Why an upload was refused; the feature turns it into words.</summary>
public enum ScanRefusal
{
    TooLarge = 1,
    NotAScan = 2,

    /// <summary>The content is a scan, but not the kind the file's name says (a PNG named .pdf, a PDF named .exe).</summary>
    NameMismatch = 3,

    /// <summary>The content is a scan, but holds web page markup too (a polyglot), which a browser might render and run.</summary>
    Markup = 4,
}

/// <summary>
/// Scanned documents (qualifications, contracts, agreements), in the data folder under one sub-folder
/// per area, outside the web root: they are served only through endpoints that apply the data scope.
/// Stored under a generated name, never the uploader's, so that a name cannot reach outside the folder;
/// accepted only as the area's <see cref="UploadTypes"/> (PDF, JPEG or PNG for scans) by their content, and only when the name says the same: a renamed
/// file is refused rather than stored under a type that someone opening it later would not expect. A file that is
/// also a web page (a PDF or image carrying HTML, script or SVG markup) is refused: a browser that sniffs it, or a
/// viewer that renders it, would run the markup in the app's origin.
/// </summary>
public sealed class ScanStore(IConfiguration configuration, IHostEnvironment environment, IStringLocalizer<SharedText> text)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private const int SniffedBytes = 8 * 1024;

    // Tags that make a browser render markup (compared without case), looked for where browsers sniff a file's type: its
    // first bytes. Over 8 KB a genuine scan's pixels or compressed streams spell one by chance about once in 60,000 files;
    // a PDF's XMP metadata uses none of them.
    private static readonly string[] MarkupTags = ["<html", "<head", "<body", "<script", "<svg", "<iframe", "<object", "<embed", "<!doctype"];

    /// <summary>The type the content shows (PDF, JPEG, PNG, GIF or WebP) with its extension; null for anything else.</summary>
    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", ".pdf");
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ("image/jpeg", ".jpg");
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("image/png", ".png");
        }

        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return ("image/gif", ".gif");
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return ("image/webp", ".webp");
        }

        return null;
    }

    /// <summary>Whether the content's first bytes hold a tag that makes a browser render it as a page.</summary>
    public static bool HoldsMarkup(ReadOnlySpan<byte> content)
    {
        content = content[..Math.Min(content.Length, SniffedBytes)];
        for (var at = content.IndexOf((byte)'<'); at >= 0; at = NextTag(content, at))
        {
            foreach (var tag in MarkupTags)
            {
                if (content.Length - at >= tag.Length && System.Text.Ascii.EqualsIgnoreCase(content.Slice(at, tag.Length), tag))
                {
                    return true;
                }
            }
        }

        return false;

        static int NextTag(ReadOnlySpan<byte> content, int at)
        {
            var next = content[(at + 1)..].IndexOf((byte)'<');
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>Whether the file's name carries an extension of the detected type (.jpeg and .jpe count as JPEG).</summary>
    public static bool NameMatches(string fileName, string contentType) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => contentType == "application/pdf",
            ".jpg" or ".jpeg" or ".jpe" => contentType == "image/jpeg",
            ".png" => contentType == "image/png",
            ".gif" => contentType == "image/gif",
            ".webp" => contentType == "image/webp",
            _ => false,
        };

    /// <summary>The refusal in the user's language, for the file field.</summary>
    public string Describe(ScanRefusal refusal, UploadTypes? accepted = null) => refusal switch
    {
        ScanRefusal.TooLarge => text["Upload.TooLarge"],
        ScanRefusal.NameMismatch => text["Upload.NameMismatch"],
        ScanRefusal.Markup => text["Upload.Markup"],
        _ => text[(accepted ?? UploadTypes.Scans).RefusalKey],
    };

    /// <summary>Checks size and type before anything is written, then stores the scan in <paramref name="area"/>.</summary>
    public Task<(StoredFile? File, ScanRefusal? Refusal)> StoreAsync(string area, ScanUpload upload, CancellationToken cancellationToken) =>
        StoreAsync(area, upload, UploadTypes.Scans, cancellationToken);

    /// <summary>Checks size and type (one of <paramref name="accepted"/>) before anything is written, then stores the file in <paramref name="area"/>.</summary>
    public async Task<(StoredFile? File, ScanRefusal? Refusal)> StoreAsync(string area, ScanUpload upload, UploadTypes accepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(accepted);
        if (upload.Size > MaxBytes)
        {
            return (null, ScanRefusal.TooLarge);
        }

        byte[]? content;
        await using (var stream = upload.Open())
        {
            content = await ReadWithinLimitAsync(stream, cancellationToken);
        }

        if (content is null)
        {
            return (null, ScanRefusal.TooLarge);
        }

        if (content.Length == 0 || Detect(content) is not { } type || !accepted.ContentTypes.Contains(type.ContentType))
        {
            return (null, ScanRefusal.NotAScan);
        }

        if (!NameMatches(upload.FileName, type.ContentType))
        {
            return (null, ScanRefusal.NameMismatch);
        }

        if (HoldsMarkup(content))
        {
            return (null, ScanRefusal.Markup);
        }

        var name = Path.GetFileName(upload.FileName);
        if (name.Length > StoredFile.NameMaxLength)
        {
            name = name[^StoredFile.NameMaxLength..];
        }

        var stored = await SaveAsync(area, content, type.Extension, cancellationToken);
        return (new StoredFile(stored, type.ContentType, content.Length, name), null);
    }

    /// <summary>Writes the content under a new name and returns that name.</summary>
    public async Task<string> SaveAsync(string area, byte[] content, string extension, CancellationToken cancellationToken)
    {
        var folder = Folder(area);
        Directory.CreateDirectory(folder);
        var name = Guid.NewGuid().ToString("N") + extension;
        await File.WriteAllBytesAsync(Path.Combine(folder, name), content, cancellationToken);
        return name;
    }

    public Stream? OpenRead(string area, string storedName)
    {
        var path = PathOf(area, storedName);
        return path is not null && File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>Removes a scan written for a save that then failed, so nothing is left behind.</summary>
    public void Delete(string area, string? storedName)
    {
        if (storedName is not null && PathOf(area, storedName) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Reads at most one byte past the limit, so an understated size is still caught.</summary>
    private static async Task<byte[]?> ReadWithinLimitAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private string Folder(string area) =>
        Path.Combine(DatabaseSetup.DataDirectory(configuration, environment), "files", area);

    // Stored names are generated, but a name read from the database is still not trusted with a path.
    private string? PathOf(string area, string storedName) =>
        storedName == Path.GetFileName(storedName) && area == Path.GetFileName(area) ? Path.Combine(Folder(area), storedName) : null;
}
