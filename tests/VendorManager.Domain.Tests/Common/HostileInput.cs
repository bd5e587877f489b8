using CsCheck;

namespace VendorManager.Domain.Tests.Common;

/// <summary>Generators of what people and attackers type into a form field, for property-based tests.</summary>
public static class HostileInput
{
    /// <summary>Property tests run this many generated cases each.</summary>
    public const int Cases = 10_000;

    private const string Lookalikes = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzIOZSVxX -–—_./\\'\"%;\t\n\u00A0\u3000０１２３４５６７８９ＡＢＸ零一二\u200B\uFEFF";

    /// <summary>
    /// Anything: arbitrary Unicode of any length up to 40, or a near miss built from digits, code
    /// letters, separators, full-width digits and invisible characters, or null.
    /// </summary>
    public static readonly Gen<string?> AnyText = Gen.Frequency(
        (3, Gen.String.Select(s => (string?)s)),
        (6, Gen.Char[Lookalikes].Array[0, 24].Select(chars => (string?)new string(chars))),
        (1, Gen.Const((string?)null)));

    /// <summary>Replaces the character at <paramref name="index"/>.</summary>
    public static string Replace(string value, int index, char with) =>
        string.Concat(value.AsSpan(0, index), with.ToString(), value.AsSpan(index + 1));
}
