namespace VendorManager.Web.Features.Users;

/// <summary>
/// Field messages the service returned (a taken user name, a password Identity refused), shown
/// beside their fields through the MudForm's own validation, until the user changes that field.
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

    public Func<object, string, Task<IEnumerable<string>>> Wrap(Func<object, string, Task<IEnumerable<string>>> validation) =>
        async (model, property) =>
        {
            var errors = (await validation(model, property)).ToList();
            if (errors.Count == 0 && _errors.TryGetValue(property, out var server) && Equals(server.Value, ValueOf((T)model, property)))
            {
                errors.Add(server.Message);
            }

            return errors;
        };

    private static object? ValueOf(T model, string property) => typeof(T).GetProperty(property)?.GetValue(model);
}
