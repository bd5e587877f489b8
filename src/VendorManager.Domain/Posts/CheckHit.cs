namespace VendorManager.Domain.Posts;

/// <summary>
/// One machine-check hit (纠错命中): where it is in the text (UTF-16 index and length, as a text box
/// counts), what it is, what was found and what to write instead. For personal information
/// <see cref="Found"/> is the masked number, so a stored or logged hit never holds the number itself.
/// </summary>
public readonly record struct CheckHit(int Start, int Length, CheckCategory Category, string Found, string? RightForm, string? Note)
{
    public int End => Start + Length;

    public bool BlocksApproval => Category.BlocksApproval();
}
