using FluentValidation.Results;

namespace VendorManager.Web.Features.Shared;

/// <summary>
/// The outcome of a command: success, or messages the page shows (a general one in a snackbar,
/// field ones beside their fields). Expected failures come back this way, never as exceptions:
/// an exception in an event handler would end the user's circuit.
/// </summary>
public record Result
{
    protected Result(string? error, IReadOnlyDictionary<string, string> fieldErrors)
    {
        Error = error;
        FieldErrors = fieldErrors;
    }

    public bool Succeeded => Error is null && FieldErrors.Count == 0;

    /// <summary>A message about the whole command (not found, conflict, not allowed).</summary>
    public string? Error { get; }

    /// <summary>Messages keyed by the form model's property name.</summary>
    public IReadOnlyDictionary<string, string> FieldErrors { get; }

    public static Result Ok() => new(null, Empty);

    public static Result Fail(string error) => new(error, Empty);

    public static Result Invalid(string field, string message) => new(null, new Dictionary<string, string> { [field] = message });

    public static Result Invalid(ValidationResult validation) => new(null, ToDictionary(validation));

    /// <summary>The field's message, or null; for a form field's ErrorText.</summary>
    public string? For(string field) => FieldErrors.GetValueOrDefault(field);

    /// <summary>Every message in one line, for a snackbar.</summary>
    public string Describe() => string.Join(" ", new[] { Error }.Concat(FieldErrors.Values).Where(m => m is not null));

    protected static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    protected static IReadOnlyDictionary<string, string> ToDictionary(ValidationResult validation) =>
        validation.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage);
}

/// <summary>A result that carries a value on success (the new record's id, say).</summary>
public sealed record Result<T> : Result
{
    private Result(T? value, string? error, IReadOnlyDictionary<string, string> fieldErrors)
        : base(error, fieldErrors) => Value = value;

    public T? Value { get; }

    public static Result<T> Ok(T value) => new(value, null, Empty);

    public static new Result<T> Fail(string error) => new(default, error, Empty);

    public static new Result<T> Invalid(string field, string message) =>
        new(default, null, new Dictionary<string, string> { [field] = message });

    public static new Result<T> Invalid(ValidationResult validation) => new(default, null, ToDictionary(validation));

    /// <summary>A failed result without a value carried over as is: its message or its field messages.</summary>
    public static Result<T> From(Result failed) => new(default, failed.Error, failed.FieldErrors);
}
