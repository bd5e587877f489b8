namespace VendorManager.Web.Security.PersonalData;

/// <summary>The "PersonalData" section: where the key that encrypts ID and phone numbers lives.</summary>
public sealed class PersonalDataOptions
{
    public const string Section = "PersonalData";

    /// <summary>
    /// A key file, never inside the data folder (so that no database backup carries it). Relative
    /// paths are under the content root. Default: keys/personal-data.key.
    /// </summary>
    public string KeyFile { get; set; } = Path.Combine("keys", "personal-data.key");

    /// <summary>Create the key file when it is missing. Unset: only in Development (the demo set-up).</summary>
    public bool? CreateKeyFileIfMissing { get; set; }
}
