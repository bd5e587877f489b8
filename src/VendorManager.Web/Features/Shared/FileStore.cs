using VendorManager.Web.Data;

namespace VendorManager.Web.Features.Shared;

/// <summary>A file as checked and read, ready to be stored.</summary>
public sealed record AcceptedFile(byte[] Content, string ContentType, string Extension, string OriginalName);

/// <summary>Why an upload was refused; each feature words it in its own resources.</summary>
public enum FileRefusal
{
    TooLarge,
    WrongType,
}

/// <summary>
/// Uploaded documents (qualification scans, rectification evidence) in a folder of the data folder,
/// outside the web root: they are served only through endpoints that apply the data scope. Stored
/// under a generated name, never the uploader's, so that a name cannot reach outside the folder.
/// Accepted by content (PDF, JPEG, PNG), not by name, and only up to <see cref="MaxBytes"/>.
/// </summary>
public abstract class FileStore(IConfiguration configuration, IHostEnvironment environment, string folderName)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private string Folder => Path.Combine(DatabaseSetup.DataDirectory(configuration, environment), "files", folderName);

    /// <summary>The type the content shows (PDF, JPEG or PNG) with its extension; null for anything else.</summary>
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

        return null;
    }

    /// <summary>Reads at most one byte past the limit, so an understated size is still caught.</summary>
    public static async Task<byte[]?> ReadWithinLimitAsync(Stream stream, CancellationToken cancellationToken)
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

    /// <summary>
    /// Checks an upload's size and type before anything is written: the declared size first (a
    /// browser file refuses to open beyond its limit, so <paramref name="open"/> is called only
    /// after), then the bytes actually read, then the content's own signature.
    /// </summary>
    public static async Task<(AcceptedFile? File, FileRefusal? Refusal)> AcceptAsync(
        string fileName, long declaredSize, Func<Stream> open, int nameMaxLength, CancellationToken cancellationToken)
    {
        if (declaredSize > MaxBytes)
        {
            return (null, FileRefusal.TooLarge);
        }

        byte[]? content;
        await using (var stream = open())
        {
            content = await ReadWithinLimitAsync(stream, cancellationToken);
        }

        if (content is null)
        {
            return (null, FileRefusal.TooLarge);
        }

        if (content.Length == 0 || Detect(content) is not { } type)
        {
            return (null, FileRefusal.WrongType);
        }

        var name = Path.GetFileName(fileName);
        if (name.Length > nameMaxLength)
        {
            name = name[^nameMaxLength..];
        }

        return (new AcceptedFile(content, type.ContentType, type.Extension, name), null);
    }

    /// <summary>Writes the content under a new name and returns that name.</summary>
    public async Task<string> SaveAsync(byte[] content, string extension, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = Guid.NewGuid().ToString("N") + extension;
        await File.WriteAllBytesAsync(Path.Combine(Folder, name), content, cancellationToken);
        return name;
    }

    public Stream? OpenRead(string storedName)
    {
        var path = PathOf(storedName);
        return path is not null && File.Exists(path) ? File.OpenRead(path) : null;
    }

    public void Delete(string storedName)
    {
        if (PathOf(storedName) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    // Stored names are generated, but a name read from the database is still not trusted with a path.
    private string? PathOf(string storedName) =>
        storedName == Path.GetFileName(storedName) ? Path.Combine(Folder, storedName) : null;
}
