using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using VendorManager.Web.Security.PersonalData;

namespace VendorManager.Web.Security;

/// <summary>
/// Encrypts ASP.NET Core's data-protection keys (they sign the sign-in cookies) before they are stored
/// in the database, under a key derived from the key file, which is never in the database: a copy of the
/// database can no longer sign a cookie for any user (decision 0014).
/// </summary>
public sealed class KeyRingXmlEncryptor(PersonalDataKeyRing keys) : IXmlEncryptor
{
    internal const string Purpose = "VendorManager data-protection keys v1";
    internal const string KeyIdAttribute = "keyId";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var id = keys.CurrentId;
        var clear = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = AesGcmSeal.Seal(keys.Derive(id, Purpose), clear, Encoding.UTF8.GetBytes(id));
        return new EncryptedXmlInfo(
            new XElement("keyFileEncrypted", new XAttribute(KeyIdAttribute, id), Convert.ToBase64String(sealedBytes)),
            typeof(KeyRingXmlDecryptor));
    }
}

/// <summary>The reverse of <see cref="KeyRingXmlEncryptor"/>; data protection creates it by type, with the app's services.</summary>
public sealed class KeyRingXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var keys = services.GetRequiredService<PersonalDataKeyRing>();
        var id = (string?)encryptedElement.Attribute(KeyRingXmlEncryptor.KeyIdAttribute)
            ?? throw new CryptographicException("The encrypted data-protection key names no key.");
        var clear = AesGcmSeal.Open(
            keys.Derive(id, KeyRingXmlEncryptor.Purpose), Convert.FromBase64String(encryptedElement.Value), Encoding.UTF8.GetBytes(id));
        return XElement.Parse(Encoding.UTF8.GetString(clear));
    }
}
