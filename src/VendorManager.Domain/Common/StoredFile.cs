namespace VendorManager.Domain.Common;

/// <summary>
/// A scanned document kept in the data folder: the generated name it is stored under (never the
/// uploader's), its type as the content showed it, its size and the name the uploader gave it.
/// </summary>
public sealed record StoredFile(string StoredName, string ContentType, long Size, string OriginalName)
{
    public const int NameMaxLength = 260;
    public const int ContentTypeMaxLength = 100;
}
