namespace VendorManager.Web.Features.Backup;

/// <summary>Resource anchor for the backup feature's texts (BackupText.resx, BackupText.en.resx).</summary>
public sealed class BackupText;
