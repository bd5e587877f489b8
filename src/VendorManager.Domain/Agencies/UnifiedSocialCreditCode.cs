using VendorManager.Domain.Common;

namespace VendorManager.Domain.Agencies;

/// <summary>
/// Unified Social Credit Code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character
/// alphabet (no I, O, Z, S, V), the last one a check character over the first 17.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    /// <summary>The alphabet in value order: a character's value is its index.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // 3^i mod 31 for i = 0..16, as the standard tabulates them.
    private static readonly int[] Weights = ComputeWeights();

    /// <summary>Trimmed and upper-cased: the form in which codes are checked and stored.</summary>
    public static string Normalize(string? value) => (value ?? string.Empty).Trim().ToUpperInvariant();

    public static bool IsValid(string? value) => InvalidReason(value) is null;

    /// <summary>Why the value is not a valid code (in Chinese: "第18位校验码应为 X"); null when it is valid.</summary>
    public static Refusal? InvalidReason(string? value)
    {
        var code = Normalize(value);
        // An illegal character is named first: it is the more specific mistake (a letter O typed for 0).
        foreach (var c in code)
        {
            if (Alphabet.IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return AgencyRefusals.CreditCodeIllegalCharacter(c);
            }
        }

        if (code.Length != Length)
        {
            return AgencyRefusals.CreditCodeLength;
        }

        var expected = CheckCharacter(code[..(Length - 1)]);
        return code[Length - 1] == expected ? null : AgencyRefusals.CreditCodeCheckCharacter(expected);
    }

    /// <summary>The check character for the first 17 characters (which must be from the alphabet).</summary>
    public static char CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Seventeen characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the code alphabet.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>The first 17 characters completed with their check character.</summary>
    public static string Complete(string first17) => first17 + CheckCharacter(first17);

    private static int[] ComputeWeights()
    {
        var weights = new int[Length - 1];
        var weight = 1;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = weight;
            weight = weight * 3 % 31;
        }

        return weights;
    }
}
