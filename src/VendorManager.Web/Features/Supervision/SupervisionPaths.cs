namespace VendorManager.Web.Features.Supervision;

public static class SupervisionPaths
{
    public const string Inspections = "/inspections";
    public const string Rectifications = "/rectifications";
    public const string Interviews = "/interviews";
    public const string Notices = "/notices";
    public const string NamedNotices = "/notices/named";
    public const string Report = "/rectification-report";
    public const string ReportXlsx = "/rectification-report.xlsx";

    public static string Inspection(int id) => $"/inspections/{id}";

    public static string Rectification(int id) => $"/rectifications/{id}";

    public static string Evidence(int id) => $"/rectifications/{id}/evidence";

    /// <summary>A scan of an agency's evidence on the item.</summary>
    public static string AgencyEvidence(int id, int fileId) => $"/rectifications/{id}/agency-evidence/{fileId}";
    public static string Interview(int id) => $"/interviews/{id}";

    public static string InterviewPrint(int id) => $"/interviews/{id}/print";

    public static string InterviewAttachment(int id, int attachmentId) => $"/interviews/{id}/attachments/{attachmentId}";

    public static string Notice(int id) => $"/notices/{id}";

    public static string NoticePrint(int id) => $"/notices/{id}/print";

    /// <summary>An issued notice as the units and agencies it names read it.</summary>
    public static string NoticeReading(int id) => $"/notices/{id}/read";

    /// <summary>A notice's rectification reply (整改回复): the unit writes it, the county office decides it.</summary>
    public static string NoticeReply(int id) => $"/notice-replies/{id}";

    public static string NoticeReplyScan(int id) => $"/notice-replies/{id}/scan";
}
