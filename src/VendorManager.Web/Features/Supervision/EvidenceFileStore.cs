using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>Rectification evidence (整改佐证材料), in the data folder's files/rectifications (see <see cref="FileStore"/>).</summary>
public sealed class EvidenceFileStore(IConfiguration configuration, IHostEnvironment environment)
    : FileStore(configuration, environment, "rectifications");

/// <summary>An evidence file to be stored: the uploader's file name, its declared size and a way to read it.</summary>
public sealed record EvidenceUpload(string FileName, long Size, Func<Stream> Open);

/// <summary>A stored evidence file, opened for download.</summary>
public sealed record EvidenceDownload(Stream Content, string ContentType, string FileName);
