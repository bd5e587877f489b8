using FluentValidation;

namespace VendorManager.Web.Features.Shared;

/// <summary>Lets a MudForm ask a FluentValidation validator about one field, so the message shows beside it.</summary>
public static class MudValidation
{
    public static Func<object, string, Task<IEnumerable<string>>> ForMudForm<T>(this IValidator<T> validator) =>
        async (model, propertyName) =>
        {
            var result = await validator.ValidateAsync(
                ValidationContext<T>.CreateWithOptions((T)model, options => options.IncludeProperties(propertyName)));
            return result.IsValid ? [] : result.Errors.Select(e => e.ErrorMessage);
        };
}
