using Microsoft.Extensions.Localization;
using MudBlazor;

namespace VendorManager.Web.Localization;

/// <summary>Gives MudBlazor's components our translations of their texts; keys we lack fall back to MudBlazor's English.</summary>
public sealed class ResxMudLocalizer(IStringLocalizer<MudBlazorText> localizer) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var text = localizer[key];
            return text.ResourceNotFound ? base[key] : text;
        }
    }

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var text = localizer[key, arguments];
            return text.ResourceNotFound ? base[key, arguments] : text;
        }
    }
}
