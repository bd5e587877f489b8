using VendorManager.Domain.Agencies;

namespace VendorManager.Web.Features.Agencies;

/// <summary>The "Agencies" section of configuration.</summary>
public sealed class AgencyOptions
{
    public const string Section = "Agencies";

    /// <summary>
    /// Service scopes of a news-service licence that qualify an agency for contracting; in
    /// configuration as names separated by commas ("Editorial, Reprint").
    /// </summary>
    public ServiceScopes QualifyingScopes { get; set; } = Contractability.DefaultQualifyingScopes;
}
