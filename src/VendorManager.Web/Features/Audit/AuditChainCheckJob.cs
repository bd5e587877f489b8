using System.Globalization;
using System.Text.RegularExpressions;
using VendorManager.Web.Jobs;

namespace VendorManager.Web.Features.Audit;

/// <summary>
/// Verifies the audit chain every day, so that tampering is noticed even when nobody presses the
/// button. The run's message is the record of the outcome; <see cref="BrokenAt"/> reads it back.
/// </summary>
public sealed partial class AuditChainCheckJob(AuditService audit) : IDailyJob
{
    public const string JobName = "AuditChainCheck";

    public string Name => JobName;

    public async Task<string> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var result = await audit.VerifyAsync(cancellationToken);
        if (!result.Succeeded)
        {
            // Only a job run outside the system scope gets here; failing the run says so in the log.
            throw new InvalidOperationException(result.Describe());
        }

        return Describe(result.Value!);
    }

    /// <summary>The run's one-line summary; a broken chain is worded so that <see cref="BrokenAt"/> finds it.</summary>
    public static string Describe(AuditVerdict verdict) => verdict.FirstBreak is { } broken
        ? string.Create(
            CultureInfo.InvariantCulture,
            $"Audit chain broken at sequence {broken.ExpectedSequence} ({broken.Reason}, found {broken.FoundSequence}); {verdict.Checked} entries intact before it.")
        : string.Create(CultureInfo.InvariantCulture, $"Audit chain intact: {verdict.Checked} entries checked.");

    /// <summary>The sequence where a run's message says the chain broke, or null when it held (or the run failed).</summary>
    public static long? BrokenAt(string? message) =>
        message is not null && BrokenPattern().Match(message) is { Success: true } match
            ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    /// <summary>How many entries a run's message says it found intact, or null when it found a break (or the run failed).</summary>
    public static long? IntactCount(string? message) =>
        message is not null && IntactPattern().Match(message) is { Success: true } match
            ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^Audit chain broken at sequence (\d+) ")]
    private static partial Regex BrokenPattern();

    [GeneratedRegex(@"^Audit chain intact: (\d+) entries checked\.")]
    private static partial Regex IntactPattern();
}
