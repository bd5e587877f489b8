namespace VendorManager.Web.Features.Agencies;

public static class AgencyPaths
{
    public const string List = "/agencies";

    /// <summary>An Agency user's entry: redirects to its own agency's page.</summary>
    public const string Mine = "/agencies/mine";

    public const string Qualifications = "/agencies/qualifications";

    public static string Detail(int id) => $"/agencies/{id}";
}
