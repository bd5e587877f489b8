namespace VendorManager.Domain.Common;

/// <summary>
/// Why a rule refused a command: a stable <paramref name="Code"/> the web layer can map to its own
/// resources, and a Chinese <paramref name="Message"/> a user understands as it stands.
/// </summary>
public sealed record Refusal(string Code, string Message)
{
    /// <summary>
    /// A refusal whose words name something (a limit, a platform, a score): the same values in
    /// <see cref="Arguments"/>, in order, so that another language's template ("Refusal.{code}") can say them.
    /// </summary>
    public Refusal(string code, string message, params object[] arguments)
        : this(code, message) => Arguments = arguments;

    /// <summary>The values the message names, as values (an enum, a score, a date), not as Chinese words.</summary>
    public IReadOnlyList<object> Arguments { get; } = [];

    public bool Equals(Refusal? other) =>
        other is not null && Code == other.Code && Message == other.Message && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Code, Message);

    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>
/// The outcome of a domain command: success, or the refusal that says why not. Illegal sequences
/// (accepting a filing twice, recording a platform id before the opening is accepted) are expected
/// user mistakes, so they come back here rather than as exceptions.
/// </summary>
public class RuleResult
{
    protected RuleResult(Refusal? refusal) => Refusal = refusal;

    public bool Succeeded => Refusal is null;

    public Refusal? Refusal { get; }

    public static RuleResult Ok() => new(null);

    public static RuleResult Refuse(Refusal refusal) => new(refusal ?? throw new ArgumentNullException(nameof(refusal)));

    public static implicit operator RuleResult(Refusal refusal) => Refuse(refusal);
}

/// <summary>A <see cref="RuleResult"/> that carries what the command made (a new filing, say).</summary>
public sealed class RuleResult<T> : RuleResult
{
    private RuleResult(T? value, Refusal? refusal)
        : base(refusal) => Value = value;

    public T? Value { get; }

    public static RuleResult<T> Ok(T value) => new(value, null);

    public static new RuleResult<T> Refuse(Refusal refusal) =>
        new(default, refusal ?? throw new ArgumentNullException(nameof(refusal)));

    public static implicit operator RuleResult<T>(Refusal refusal) => Refuse(refusal);
}
