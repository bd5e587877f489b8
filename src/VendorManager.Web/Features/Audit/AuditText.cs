namespace VendorManager.Web.Features.Audit;

/// <summary>Resource anchor for the audit log's texts (AuditText.resx, AuditText.en.resx).</summary>
public sealed class AuditText;
