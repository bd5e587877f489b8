using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Agencies;

/// <summary>A scan to be stored: the uploader's file name, its declared size and a way to read it.</summary>
/// <param name="Open">Opened only after the size is accepted (a browser file refuses to open beyond its limit).</param>
public sealed record QualificationUpload(string FileName, long Size, Func<Stream> Open);

/// <summary>Scans of qualifications, in the data folder's files/qualifications (see <see cref="FileStore"/>).</summary>
public sealed class QualificationFileStore(IConfiguration configuration, IHostEnvironment environment)
    : FileStore(configuration, environment, "qualifications");
