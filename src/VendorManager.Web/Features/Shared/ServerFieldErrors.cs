namespace VendorManager.Web.Features.Shared;

/// <summary>
/// Field messages the service returned (a code already taken, a password Identity refused), shown
/// beside their fields through the MudForm's own validation, until the user changes that field:
/// a message belongs to the value it judged.
/// </summary>
public sealed class ServerFieldErrors<T>
{
    private readonly Dictionary<string, (object? Value, string Message)> _errors = [];

    public void Clear() => _errors.Clear();

    public void Set(T model, IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            _errors[field] = (ValueOf(model, field), message);
        }
    }

    /// <summary>The form's validation, with the service's message added while the field still holds the judged value.</summary>
    public Func<object, string, Task<IEnumerable<string>>> Wrap(Func<object, string, Task<IEnumerable<string>>> validation) =>
        async (model, property) =>
        {
            var errors = (await validation(model, property)).ToList();
            if (errors.Count == 0 && MessageFor((T)model, property) is { } server)
            {
                errors.Add(server);
            }

            return errors;
        };

    /// <summary>For an input the form does not validate by itself (no For expression): its ErrorText.</summary>
    public string? MessageFor(T model, string property) =>
        _errors.TryGetValue(property, out var server) && Equals(server.Value, ValueOf(model, property)) ? server.Message : null;

    private static object? ValueOf(T model, string property) => typeof(T).GetProperty(property)?.GetValue(model);
}
