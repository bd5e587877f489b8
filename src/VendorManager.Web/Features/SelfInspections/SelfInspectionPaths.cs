namespace VendorManager.Web.Features.SelfInspections;

public static class SelfInspectionPaths
{
    public const string Campaigns = "/self-inspections";
    public const string OwnReports = "/self-inspection-reports";

    public static string Campaign(int id) => $"/self-inspections/{id}";

    public static string Summary(int id) => $"/self-inspections/{id}/summary";

    public static string SummaryPrint(int id) => $"/self-inspections/{id}/print";

    public static string Report(int id) => $"/self-inspection-reports/{id}";

    public static string Scan(int id) => $"/self-inspection-reports/{id}/scan";
}
