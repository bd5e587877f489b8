using System.Globalization;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;

namespace VendorManager.Web.Features.Shared;

/// <summary>A domain refusal as the user reads it, for any feature's resources.</summary>
public static class RefusalText
{
    /// <summary>
    /// In Chinese the domain's own message (it names the platform, the limit); in another UI culture
    /// the feature's "Refusal.{code}" resource, falling back to the Chinese message when there is none.
    /// </summary>
    public static string Describe(this IStringLocalizer text, Refusal refusal)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh")
        {
            return refusal.Message;
        }

        var localized = text["Refusal." + refusal.Code];
        return localized.ResourceNotFound ? refusal.Message : localized.Value;
    }
}
