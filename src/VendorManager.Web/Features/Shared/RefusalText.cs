using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Web.Localization;

namespace VendorManager.Web.Features.Shared;

/// <summary>A domain refusal as the user reads it, for any feature's resources.</summary>
public static class RefusalText
{
    /// <summary>
    /// In Chinese the domain's own message (it names the platform, the limit); in another UI culture
    /// the domain's template in <see cref="DomainText"/> with the refusal's arguments, or for a refusal the
    /// web layer made, the feature's "Refusal.{code}" resource, falling back to the Chinese message.
    /// </summary>
    public static string Describe(this IStringLocalizer text, Refusal refusal)
    {
        if (DomainText.ReadsChinese)
        {
            return refusal.Message;
        }

        if (DomainText.Describe(refusal) is { } domain)
        {
            return domain;
        }

        var localized = text["Refusal." + refusal.Code];
        return localized.ResourceNotFound ? refusal.Message : localized.Value;
    }
}
